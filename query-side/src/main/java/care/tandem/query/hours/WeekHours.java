package care.tandem.query.hours;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
class WeekHours extends PlanDocuments<WeekHoursDocument> {

    WeekHours(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "weekly-hours", WeekHoursDocument.class,
              id -> WeekHoursDocument.of(DocumentKey.parse(id), List.of()));
    }
}
