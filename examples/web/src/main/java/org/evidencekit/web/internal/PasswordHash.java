package org.evidencekit.web.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.evidencekit.model.Password;

/**
 * The admin password's hash: PBKDF2 with HMAC-SHA-256 from the JDK, 600,000 iterations (OWASP's
 * figure for it), a random 16-byte salt and a 32-byte hash. Verification takes the same time
 * whatever the password.
 */
public final class PasswordHash {
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int ITERATIONS = 600_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  public static Store.Credential hash(Password password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new Store.Credential(ALGORITHM, ITERATIONS, HexFormat.of().formatHex(salt),
        HexFormat.of().formatHex(derive(password.chars(), salt, ITERATIONS)));
  }

  public static boolean verify(char[] typed, Store.Credential stored) {
    if (!ALGORITHM.equals(stored.algorithm())) {
      return false;
    }
    byte[] expected = HexFormat.of().parseHex(stored.hash());
    byte[] actual = derive(typed, HexFormat.of().parseHex(stored.salt()), stored.iterations());
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is missing from this Java", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(password, '\0');
    }
  }
}
