package org.evidencekit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading asks whether a file is blank without decoding it whole: the same answer as decoding it. */
class BlankTextTest {
  @Test
  void sameAsDecodingTheText() {
    List<byte[]> cases = new ArrayList<>();
    for (String s : new String[] {"", " ", " \t\r\n\u000b\f", "\u001c\u001d\u001e\u001f", " x", "{}", " \u2003 ",
        "\u3000", "\u00a0", " \u00a0 ", "\u2028\u2029", "  \u2003x", "\u0085", "\ufeff"}) {
      cases.add(s.getBytes(StandardCharsets.UTF_8));
    }
    cases.add(new byte[] {' ', (byte) 0xff, ' '});
    cases.add(new byte[] {(byte) 0xe2, (byte) 0x80});
    cases.add(new byte[] {' ', (byte) 0xe2, (byte) 0x80, (byte) 0x83, (byte) 0xc0});
    Random random = new Random(13);
    byte[] alphabet = {' ', '\t', '\n', 'a', (byte) 0xe2, (byte) 0x80, (byte) 0x83, (byte) 0x85, (byte) 0xc2,
        (byte) 0xe3, 0x1f, 0x0b};
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[random.nextInt(6)];
      for (int j = 0; j < b.length; j++) {
        b[j] = alphabet[random.nextInt(alphabet.length)];
      }
      cases.add(b);
    }
    for (byte[] b : cases) {
      assertEquals(new String(b, StandardCharsets.UTF_8).isBlank(), EvidenceJson.isBlank(b), () -> java.util.HexFormat
          .of().formatHex(b));
    }
  }
}
