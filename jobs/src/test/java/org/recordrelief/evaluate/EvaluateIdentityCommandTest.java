package org.recordrelief.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.SettingsException;

class EvaluateIdentityCommandTest {

  @Test
  void argumentsAreParsedWithADefaultOutput() {
    EvaluateIdentityCommand.Args a = EvaluateIdentityCommand.parse(
        new String[] {"evaluate-identity", "--people", "300", "--seed", "7", "--adversarial"});
    assertEquals(300, a.people());
    assertEquals(7L, a.seed());
    assertTrue(a.adversarial());
    assertEquals(Path.of("out/identity-evaluation"), a.output());
  }

  @Test
  void userMistakesAreOneLineSettingsErrors() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> EvaluateIdentityCommand.parse(new String[] {"evaluate-identity", "--seed", "7"}));
    assertTrue(e.getMessage().contains("--people"), e.getMessage());
    e = assertThrows(SettingsException.class, () -> EvaluateIdentityCommand.parse(
        new String[] {"evaluate-identity", "--people", "x", "--seed", "7"}));
    assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    e = assertThrows(SettingsException.class, () -> EvaluateIdentityCommand.parse(
        new String[] {"evaluate-identity", "--people", "5", "--seed", "7", "--bogus"}));
    assertTrue(e.getMessage().contains("--bogus"), e.getMessage());
    e = assertThrows(SettingsException.class, () -> EvaluateIdentityCommand.parse(
        new String[] {"evaluate-identity", "--people", "5", "--seed", "7", "--config", "/nope.conf"}));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }
}
