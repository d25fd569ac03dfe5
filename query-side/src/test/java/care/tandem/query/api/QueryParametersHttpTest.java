package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import care.tandem.events.id.ParticipantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The period and page parameters as a controller receives them, with rejections rendered as the API renders them. */
@ExtendWith(OutputCaptureExtension.class)
class QueryParametersHttpTest {

    private final MockMvc http = MockMvcBuilders.standaloneSetup(new EchoController())
            .setCustomArgumentResolvers(new PeriodArgumentResolver(new ClinicTime(ZoneId.of("America/New_York"))),
                                        new PageRequestArgumentResolver())
            .setControllerAdvice(new QueryApiExceptionHandler())
            .build();

    @RestController
    static class EchoController {

        @GetMapping("/echo")
        Map<String, Object> echo(Period period, PageRequest page) {
            return Map.of("from", period.from().toString(), "until", period.until().toString(),
                          "page", page.page(), "size", page.size());
        }

        @GetMapping("/people/{participantId}")
        Map<String, Object> person(@PathVariable ParticipantId participantId) {
            return Map.of("participantId", participantId.value());
        }

        @GetMapping("/failing")
        Map<String, Object> failing() {
            throw new IllegalStateException("a document of Jane Doe could not be read");
        }
    }

    @Test
    void aControllerReceivesThePeriodAndTheDefaultPage() throws Exception {
        http.perform(get("/echo").param("week", "2026-W47"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-11-16T05:00:00Z"))
                .andExpect(jsonPath("$.until").value("2026-11-23T05:00:00Z"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(PageRequest.DEFAULT_SIZE));
    }

    @Test
    void aControllerReceivesTheAskedForPage() throws Exception {
        http.perform(get("/echo").param("week", "2026-W47").param("page", "2").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(10));
    }

    @Test
    void aBrokenPeriodRuleIsAProblemNamingTheParameterAndNotTheValue() throws Exception {
        http.perform(get("/echo").param("week", "Jane Doe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(InvalidParameterException.TYPE.toString()))
                .andExpect(jsonPath("$.parameter").value("week"))
                .andExpect(jsonPath("$.rule").value("an ISO week, written YYYY-Www (e.g. 2026-W47)"))
                .andExpect(content().string(not(containsString("Jane"))));
    }

    @Test
    void aMalformedPathVariableIsAProblemWhoseInstanceIsThePathTemplateNotThePath() throws Exception {
        http.perform(get("/people/{participantId}", "Jane Doe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(QueryApiExceptionHandler.MALFORMED_PARAMETER.toString()))
                .andExpect(jsonPath("$.parameter").value("participantId"))
                .andExpect(jsonPath("$.instance").value("/people/%7BparticipantId%7D"))
                .andExpect(content().string(not(containsString("Jane"))));
    }

    @Test
    void anUnforeseenFailureIsAProblemWithAnIncidentIdAndNothingOfTheMessage(CapturedOutput output) throws Exception {
        http.perform(get("/failing"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tandem.care/problems/internal-error"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andExpect(content().string(not(containsString("Jane"))));
        assertThat(output).contains("Unexpected failure, incident").contains("IllegalStateException")
                .doesNotContain("Jane");
    }

    @Test
    void aPageParameterThatIsNoWholeNumberIsAProblemNamingIt() throws Exception {
        http.perform(get("/echo").param("size", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("size"))
                .andExpect(jsonPath("$.rule").value("a whole number"));
        http.perform(get("/echo").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
    }
}
