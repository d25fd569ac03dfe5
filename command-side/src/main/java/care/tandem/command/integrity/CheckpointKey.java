package care.tandem.command.integrity;

import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;

import java.nio.file.Path;

/** The checkpoint key's two halves, and the folder outside the database it is kept in. */
record CheckpointKey(PublicKeySign signer, PublicKeyVerify verifier, Path folder) {
}
