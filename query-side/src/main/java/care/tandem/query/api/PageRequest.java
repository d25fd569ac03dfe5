package care.tandem.query.api;

/** Which page of a list a query asks for: {@code page} counts from 0, {@code size} is its number of items. */
public record PageRequest(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidParameterException(PAGE, "a page number is 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException(SIZE, "a page size is 1 to " + MAX_SIZE);
        }
    }
}
