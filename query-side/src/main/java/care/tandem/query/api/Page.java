package care.tandem.query.api;

import java.util.List;

/** One page of a list, with where it stands in the whole: {@code totalItems} across every page. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page() * request.size(), all.size());
        int to = Math.min(from + request.size(), all.size());
        int totalPages = (all.size() + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size(), totalPages);
    }
}
