package care.tandem.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Key files outside the database, readable by their owner only. */
final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Written whole under another name, then moved into place unless a key is there already: of instances that start
     * together on one folder, one key wins and every instance reads it.
     */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written;
        try {
            written = Files.createTempFile(folder, "key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            written = Files.createTempFile(folder, "key", ".tmp");
        }
        Files.write(written, content.getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.move(written, file);
        } catch (FileAlreadyExistsException another) {
            Files.delete(written);
        }
    }
}
