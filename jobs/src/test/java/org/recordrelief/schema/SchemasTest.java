package org.recordrelief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.testing.RepoPaths;

/** The data contracts: parse, convert, carry a doc on every field, match the repository files. */
class SchemasTest {
  static Stream<String> names() {
    return Schemas.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void parsesConvertsAndDocumentsEveryField(String name) {
    Schema s = Schemas.avro(name);
    assertNotNull(s.getDoc(), name + " has a record doc");
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(s, undocumented);
    assertTrue(undocumented.isEmpty(), name + ": fields without doc " + undocumented);
    StructType t = Schemas.sparkType(name);
    assertEquals(s.getFields().size(), t.fields().length);
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyRepositorySchemaIsShippedAndListed(String name) throws Exception {
    Path file = RepoPaths.root().resolve("schemas/" + name + ".avsc");
    assertTrue(Files.exists(file));
    assertEquals(new Schema.Parser().parse(file.toFile()), Schemas.avro(name),
        "the classpath copy equals the reviewed file");
  }

  @Test
  void everyAvscInTheRepositoryIsKnown() throws Exception {
    try (Stream<Path> s = Files.list(RepoPaths.root().resolve("schemas"))) {
      s.filter(p -> p.toString().endsWith(".avsc")).forEach(p -> {
        String n = p.getFileName().toString().replace(".avsc", "");
        assertTrue(Schemas.ALL.contains(n), n + " is listed in Schemas.ALL");
      });
    }
  }

  @Test
  void dojRecordIsThe95ColumnLayoutInOrder() {
    StructType t = Schemas.sparkType(Schemas.DOJ_RECORD);
    assertEquals(95, t.fields().length);
    for (int i = 0; i < 95; i++) {
      StructField f = t.fields()[i];
      assertEquals(DojColumns.NAMES.get(i), f.name());
      assertTrue(f.nullable());
    }
  }

  @Test
  void convictionPartitionColumnIsLast() {
    StructType t = Schemas.sparkType(Schemas.CONVICTION);
    assertEquals("county_slug", t.fields()[t.fields().length - 1].name());
    assertFalse(t.fields()[0].nullable(), "run_id is required");
  }

  private static void collectUndocumented(Schema s, List<String> out) {
    for (Schema.Field f : s.getFields()) {
      if (f.doc() == null || f.doc().isBlank()) {
        out.add(f.name());
      }
      Schema inner = f.schema();
      if (inner.getType() == Schema.Type.UNION) {
        inner = inner.getTypes().stream().filter(x -> x.getType() != Schema.Type.NULL)
            .findFirst().orElse(inner);
      }
      if (inner.getType() == Schema.Type.ARRAY) {
        inner = inner.getElementType();
      }
      if (inner.getType() == Schema.Type.RECORD) {
        collectUndocumented(inner, out);
      }
    }
  }
}
