package org.evidencekit.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.CryptoFunctions;
import org.apache.poi.poifs.crypt.DataSpaceMapUtils;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionHeader;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.crypt.agile.AgileEncryptor;
import org.apache.poi.poifs.crypt.agile.EncryptionDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;

/**
 * ECMA-376 Agile encryption of a whole package with AES-256 (CBC) and SHA-512, 100,000 rounds of
 * key derivation, with the data-integrity HMAC; done in memory (POI's own encrypting stream
 * buffers the package in a temporary file). The keys and salts are random, so an encrypted
 * document differs each time it is written.
 */
public final class AgileEncryption {
  private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";
  private static final String ENCRYPTION_INFO = "EncryptionInfo";
  private static final int SEGMENT = 4096;
  private static final byte[] INTEGRITY_VALUE_BLOCK = longToBytes(0xa0677f02b22c8433L);
  private static final SecureRandom RANDOM = new SecureRandom();

  private AgileEncryption() {}

  /** Writes the package encrypted with the password, as an OLE2 container. */
  public static void encrypt(byte[] pkg, int length, char[] password, OutputStream out)
      throws IOException, GeneralSecurityException {
    if (length <= 0) {
      throw new IllegalArgumentException("nothing to encrypt");
    }
    EncryptionInfo info =
        new EncryptionInfo(
            EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, 256, 16, ChainingMode.cbc);
    Encryptor256 enc = new Encryptor256(info);
    EncryptionHeader header = info.getHeader();
    int blockSize = header.getBlockSize();
    byte[] keySpec = random(header.getKeySize() / 8);
    byte[] keySalt = random(blockSize);
    byte[] verifier = random(blockSize);
    byte[] verifierSalt = random(blockSize);
    byte[] integritySalt = random(header.getHashAlgorithm().hashSize);
    enc.confirmPassword(new String(password), keySpec, keySalt, verifier, verifierSalt, integritySalt);
    Arrays.fill(keySpec, (byte) 0);

    byte[] encrypted = enc.encryptPackage(pkg, length);
    byte[] hmac = enc.integrityHmac(encrypted, integritySalt);

    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryNode root = fs.getRoot();
      DataSpaceMapUtils.addDefaultDataSpace(root);
      root.createDocument(ENCRYPTED_PACKAGE, new ByteArrayInputStream(encrypted));
      DataSpaceMapUtils.createEncryptionEntry(
          root,
          ENCRYPTION_INFO,
          bos -> {
            bos.writeShort(info.getVersionMajor());
            bos.writeShort(info.getVersionMinor());
            bos.writeInt(info.getEncryptionFlags());
            EncryptionDocument ed = enc.document();
            ed.getDataIntegrity().setEncryptedHmacValue(hmac);
            enc.marshall(ed, bos);
          });
      fs.writeFilesystem(out);
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static byte[] longToBytes(long l) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) l;
      l >>>= 8;
    }
    return b;
  }

  /** Whether an OLE2 container holds an encrypted package. */
  public static boolean isEncryptedPackage(POIFSFileSystem fs) {
    return fs.getRoot().hasEntry(ENCRYPTION_INFO) && fs.getRoot().hasEntry(ENCRYPTED_PACKAGE);
  }

  /** The outcome of opening an encrypted package. */
  public enum Outcome {
    OPENED,
    WRONG_PASSWORD,
    ALTERED
  }

  /** Checks the password and the package's integrity; then {@link #open} decrypts it. */
  public static final class Opener {
    private final POIFSFileSystem fs;
    private final Decryptor decryptor;

    public Opener(POIFSFileSystem fs) throws IOException {
      this.fs = fs;
      this.decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
    }

    public Outcome check(char[] password) throws IOException, GeneralSecurityException {
      if (!decryptor.verifyPassword(new String(password))) {
        return Outcome.WRONG_PASSWORD;
      }
      byte[] key = decryptor.getIntegrityHmacKey();
      byte[] expected = decryptor.getIntegrityHmacValue();
      if (key != null && expected != null) {
        HashAlgorithm hash = decryptor.getEncryptionInfo().getHeader().getHashAlgorithm();
        Mac mac = CryptoFunctions.getMac(hash);
        mac.init(new SecretKeySpec(key, hash.jceHmacId));
        DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry(ENCRYPTED_PACKAGE);
        try (DocumentInputStream in = new DocumentInputStream(entry)) {
          byte[] buf = new byte[8192];
          for (int n; (n = in.read(buf)) > 0; ) {
            mac.update(buf, 0, n);
          }
        }
        byte[] actual = mac.doFinal();
        if (!MessageDigest.isEqual(actual, Arrays.copyOf(expected, actual.length))) {
          return Outcome.ALTERED;
        }
      }
      return Outcome.OPENED;
    }

    /** The decrypted package; {@link #length()} is known once it is open. */
    public InputStream open() throws IOException, GeneralSecurityException {
      return decryptor.getDataStream(fs);
    }

    /** The size of the decrypted package, as the container states it. */
    public long length() {
      return decryptor.getLength();
    }
  }

  /** POI's Agile encryptor, reached for what it does not offer without a temporary file. */
  private static final class Encryptor256 extends AgileEncryptor {
    Encryptor256(EncryptionInfo info) {
      setEncryptionInfo(info);
    }

    /** The EncryptedPackage stream: the size, then each 4096-byte segment encrypted with its own IV. */
    byte[] encryptPackage(byte[] pkg, int length) throws GeneralSecurityException {
      EncryptionHeader header = getEncryptionInfo().getHeader();
      int blockSize = header.getBlockSize();
      int segments = (length + SEGMENT - 1) / SEGMENT;
      int lastPlain = length - (segments - 1) * SEGMENT;
      int lastCipher = (lastPlain / blockSize + 1) * blockSize; // PKCS#5 padding
      byte[] out = new byte[8 + (segments - 1) * SEGMENT + (segments == 0 ? 0 : lastCipher)];
      LittleEndian.putLong(out, 0, length);
      byte[] blockKey = new byte[4];
      int pos = 8;
      for (int i = 0; i < segments; i++) {
        boolean last = i == segments - 1;
        LittleEndian.putInt(blockKey, 0, i);
        byte[] iv =
            CryptoFunctions.generateIv(header.getHashAlgorithm(), header.getKeySalt(), blockKey, blockSize);
        Cipher cipher =
            CryptoFunctions.getCipher(
                getSecretKey(), header.getCipherAlgorithm(), header.getChainingMode(), iv,
                Cipher.ENCRYPT_MODE, last ? "PKCS5Padding" : "NoPadding");
        int n = last ? lastPlain : SEGMENT;
        pos += cipher.doFinal(pkg, i * SEGMENT, n, out, pos);
      }
      return Arrays.copyOf(out, pos);
    }

    /** The encrypted HMAC of the whole EncryptedPackage stream ([MS-OFFCRYPTO] 2.3.4.14). */
    byte[] integrityHmac(byte[] encryptedPackage, byte[] integritySalt) throws GeneralSecurityException {
      EncryptionHeader header = getEncryptionInfo().getHeader();
      int blockSize = header.getBlockSize();
      HashAlgorithm hash = header.getHashAlgorithm();
      Mac mac = CryptoFunctions.getMac(hash);
      byte[] key = CryptoFunctions.getBlock0(integritySalt, next(integritySalt.length, blockSize));
      mac.init(new SecretKeySpec(key, hash.jceHmacId));
      byte[] value = mac.doFinal(encryptedPackage);
      byte[] filled = CryptoFunctions.getBlock0(value, next(value.length, blockSize));
      byte[] iv = CryptoFunctions.generateIv(hash, header.getKeySalt(), INTEGRITY_VALUE_BLOCK, blockSize);
      Cipher cipher =
          CryptoFunctions.getCipher(
              getSecretKey(), header.getCipherAlgorithm(), header.getChainingMode(), iv, Cipher.ENCRYPT_MODE);
      return cipher.doFinal(filled);
    }

    private static int next(int length, int blockSize) {
      return (length + blockSize - 1) / blockSize * blockSize;
    }

    EncryptionDocument document() {
      return createEncryptionDocument();
    }

    void marshall(EncryptionDocument ed, org.apache.poi.util.LittleEndianByteArrayOutputStream bos) {
      marshallEncryptionDocument(ed, bos);
    }
  }
}
