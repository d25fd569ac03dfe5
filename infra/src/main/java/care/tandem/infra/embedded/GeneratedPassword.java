package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A random password made once and kept in a file only this user can read, so it survives restarts. */
public final class GeneratedPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    /** 24 random bytes, URL-safe: 192 bits, easy to paste into a command line. */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String keptIn(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            String password = newSecret();
            Files.createDirectories(file.getParent());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Created unreadable to others, never readable for a moment.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a generated password in " + file, e);
        }
    }
}
