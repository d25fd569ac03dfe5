package care.tandem.query.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    private static final List<String> SEVEN = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void aPageHoldsItsShareOfTheListAndSaysWhereItStandsInTheWhole() {
        assertThat(Page.of(SEVEN, new PageRequest(0, 3))).isEqualTo(new Page<>(List.of("a", "b", "c"), 0, 3, 7, 3));
        assertThat(Page.of(SEVEN, new PageRequest(1, 3))).isEqualTo(new Page<>(List.of("d", "e", "f"), 1, 3, 7, 3));
        assertThat(Page.of(SEVEN, new PageRequest(2, 3))).isEqualTo(new Page<>(List.of("g"), 2, 3, 7, 3));
    }

    @Test
    void aPageAfterTheLastIsEmptyButStillCountsTheWhole() {
        assertThat(Page.of(SEVEN, new PageRequest(3, 3))).isEqualTo(new Page<>(List.of(), 3, 3, 7, 3));
        assertThat(Page.of(SEVEN, new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE)))
                .isEqualTo(new Page<>(List.of(), Integer.MAX_VALUE, PageRequest.MAX_SIZE, 7, 1));
    }

    @Test
    void anEmptyListHasNoPages() {
        assertThat(Page.of(List.of(), new PageRequest(0, 50))).isEqualTo(new Page<>(List.of(), 0, 50, 0, 0));
    }

    @Test
    void aListOfWholePagesHasNoEmptyPageAtTheEnd() {
        assertThat(Page.of(SEVEN.subList(0, 6), new PageRequest(0, 3)).totalPages()).isEqualTo(2);
    }

    @Test
    void aPageIsACopyThatLaterChangesToTheListDoNotReach() {
        List<String> list = new ArrayList<>(SEVEN);
        Page<String> page = Page.of(list, new PageRequest(0, 3));

        list.set(0, "changed");

        assertThat(page.items()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> page.items().add("h")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPageNumberIsNeverNegativeAndASizeIsOneToTheMaximum() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "page")
                        .containsEntry("rule", "a page number is 0 or more"));
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "size")
                        .containsEntry("rule", "a page size is 1 to 500"));
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(new PageRequest(0, PageRequest.MAX_SIZE).size()).isEqualTo(PageRequest.MAX_SIZE);
    }
}
