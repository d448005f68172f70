package org.evidencekit.redact.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Opening password-protected input and protecting the output: AES-256 for both formats. */
public final class Protection {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private Protection() {}

  /** Whether the bytes are an OLE2 container (an encrypted Office document, or an old .doc). */
  public static boolean isEncryptedOffice(byte[] b) {
    if (b.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (b[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  public static byte[] decryptDocx(byte[] bytes, char[] password) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (!fs.getRoot().hasEntry("EncryptionInfo")) {
        throw new Unusable("an old Word document (.doc): save it as .docx first");
      }
      if (password == null || password.length == 0) {
        throw new Unusable("the Word document is password-protected: give its password");
      }
      Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
      if (!d.verifyPassword(new String(password))) {
        throw new Unusable("the password does not open the Word document");
      }
      try (InputStream in = d.getDataStream(fs)) {
        return in.readAllBytes();
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new Unusable("the protected Word document cannot be opened");
    }
  }

  public static byte[] encryptDocx(byte[] docx, char[] password) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(
          EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, 256, 16, ChainingMode.cbc);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(new String(password));
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 4096);
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new Unusable("the Word document cannot be protected with the password");
    }
  }

  public static byte[] encryptPdf(byte[] pdf, char[] password) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String pw = new String(password);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(pw, pw, new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new Unusable("the PDF cannot be protected with the password");
    }
  }
}
