package care.tandem.query.directory;

import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.config.ClinicTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

class ClinicControllerTest {

    /** Sunday evening in Los Angeles is Monday in UTC: the clinic's day and week are what count. */
    @Test
    void todayAndThisWeekAreTheClinicsNotUtcs() throws Exception {
        Clock mondayInUtc = Clock.fixed(Instant.parse("2026-03-09T03:00:00Z"), ZoneOffset.UTC);
        MockMvc http = MockMvcBuilders.standaloneSetup(
                new ClinicController(new ClinicTime(ZoneId.of("America/Los_Angeles")), mondayInUtc))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(TandemSerialization.objectMapper()))
                .build();

        http.perform(get("/api/clinic"))
                .andExpect(jsonPath("$.timeZone").value("America/Los_Angeles"))
                .andExpect(jsonPath("$.today").value("2026-03-08"))
                .andExpect(jsonPath("$.week").value("2026-W10"));
    }
}
