package care.tandem.command.testing;

import care.tandem.command.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command side over real HTTP on a random port, with Kafka unreachable (nothing listens on port 9, and a send
 * gives up after 500 ms). The class brings its own {@link TestPostgres}. Its context closes after the class, while
 * that server still runs: JVM shutdown hooks run at once, and a context left cached for the JVM's exit hung closing
 * its connection pool on a server that had just stopped, until surefire killed the test JVM 30 s later.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DirtiesContext
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=command-side",
                "axon.kafka.bootstrap-servers=127.0.0.1:9",
                "axon.kafka.producer.properties.max.block.ms=500",
                "tandem.integrity.signing-key-file=target/test-integrity/checkpoint-signing-key.json",
                "tandem.privacy.master-key-file=target/test-keys/master-key.json"
        })
public @interface CommandSideHttpTest {
}
