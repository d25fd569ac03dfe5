package care.tandem.infra.identity;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Secrets the issuer keeps in the data directory: readable by the platform's user only, written whole or not at all. */
final class PrivateFiles {

    /**
     * Every secret here is 192 random bits, so a slow hash adds nothing against guessing; a low bcrypt cost keeps
     * each login and token request cheap (the benchmarks ask for many).
     */
    private static final BCryptPasswordEncoder HASH = new BCryptPasswordEncoder(4);

    private PrivateFiles() {
    }

    /** The secret as Spring Security's delegating password encoder stores it. */
    static String hashed(String secret) {
        return "{bcrypt}" + HASH.encode(secret);
    }

    /** The file's entries: its lines but blank ones and comments ({@code #}), trimmed. */
    static List<String> entries(Path file) {
        return readLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::trim)
                .toList();
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static void write(Path file, String content) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
