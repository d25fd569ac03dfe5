package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.IsoWeek;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a {@link Period} from exactly one of: {@code week=2026-W47} (Monday to Sunday), {@code month=2026-11}, or
 * {@code from=2026-11-01&to=2026-11-30} (dates, both included, at most {@value #MAX_DAYS} days). Weeks, months and days
 * are the clinic's ({@link ClinicTime}). None of them asks for an unbounded period.
 */
public class PeriodArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String FROM = "from";
    public static final String TO = "to";
    static final int MAX_DAYS = 366;
    /**
     * A period's days, and the weeks around them, stay within the four-digit years of {@link IsoWeek}; beyond them the
     * arithmetic on dates would fail with a server error instead of a problem naming the parameter.
     */
    public static final int FIRST_YEAR = 1001;
    public static final int LAST_YEAR = 9998;

    private final ClinicTime clinicTime;

    public PeriodArgumentResolver(ClinicTime clinicTime) {
        this.clinicTime = clinicTime;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Period.class;
    }

    @Override
    public Period resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String week = request.getParameter(WEEK);
        String month = request.getParameter(MONTH);
        String from = request.getParameter(FROM);
        String to = request.getParameter(TO);
        long ways = Stream.of(week, month, from != null || to != null ? "range" : null).filter(given -> given != null)
                .count();
        if (ways > 1) {
            throw new InvalidParameterException(week != null ? WEEK : MONTH,
                                                "give only one of 'week', 'month', or 'from' with 'to'");
        }
        if (week != null) {
            IsoWeek isoWeek = parsed(WEEK, week, IsoWeek::parse);
            requireSupportedYear(WEEK, isoWeek.weekBasedYear());
            return new Period(clinicTime.startOf(isoWeek), clinicTime.endOf(isoWeek));
        }
        if (month != null) {
            YearMonth yearMonth = parsed(MONTH, month, YearMonth::parse);
            requireSupportedYear(MONTH, yearMonth.getYear());
            return new Period(clinicTime.startOf(yearMonth.atDay(1)),
                              clinicTime.startOf(yearMonth.plusMonths(1).atDay(1)));
        }
        if (from != null || to != null) {
            return dateRange(from, to);
        }
        return Period.UNBOUNDED;
    }

    private Period dateRange(String from, String to) {
        if (from == null || to == null) {
            throw new InvalidParameterException(from == null ? FROM : TO, "'from' and 'to' are given together");
        }
        LocalDate first = parsed(FROM, from, LocalDate::parse);
        LocalDate last = parsed(TO, to, LocalDate::parse);
        requireSupportedYear(FROM, first.getYear());
        requireSupportedYear(TO, last.getYear());
        if (last.isBefore(first)) {
            throw new InvalidParameterException(TO, "'to' is on or after 'from'");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameterException(TO, "a range spans at most " + MAX_DAYS + " days");
        }
        return new Period(clinicTime.startOf(first), clinicTime.startOf(last.plusDays(1)));
    }

    private static void requireSupportedYear(String parameter, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidParameterException(parameter, "a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static <T> T parsed(String parameter, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, switch (parameter) {
                case WEEK -> "an ISO week, written YYYY-Www (e.g. 2026-W47)";
                case MONTH -> "a month, written YYYY-MM (e.g. 2026-11)";
                default -> "a date, written YYYY-MM-DD (e.g. 2026-11-16)";
            });
        }
    }
}
