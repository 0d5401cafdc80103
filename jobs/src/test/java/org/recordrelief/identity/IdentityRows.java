package org.recordrelief.identity;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Hand-built valid records for identity tests (invented values only). */
final class IdentityRows {
  static final String[] COLUMNS = {"source_file", "line_number", "subject_key", "SUBJECT_ID",
    "CII_NUMBER", "PRI_NAME", "PRI_DOB", "GENDER", "RACE_DESCR", "FBI_NUMBER", "PRI_CDL",
    "PRI_SSN", "STP_ORI_CNTY_NAME", "STP_TYPE_DESCR", "STP_EVENT_DATE"};

  private final List<Row> rows = new ArrayList<>();
  private long line = 1;

  /** A row builder; unset fields are blank. */
  final class R {
    final String[] v = new String[COLUMNS.length];

    R(String subject, String cii, String name, String dob) {
      v[0] = "in.csv";
      v[2] = subject;
      v[3] = subject;
      v[4] = cii;
      v[5] = name;
      v[6] = dob;
      v[7] = "M";
      v[12] = "LOS ANGELES";
      v[13] = "COURT ACTION";
      v[14] = "20100301";
    }

    R set(String column, String value) {
      for (int i = 0; i < COLUMNS.length; i++) {
        if (COLUMNS[i].equals(column)) {
          v[i] = value;
          return this;
        }
      }
      throw new IllegalArgumentException(column);
    }

    IdentityRows add() {
      Object[] o = new Object[COLUMNS.length];
      for (int i = 0; i < COLUMNS.length; i++) {
        o[i] = v[i];
      }
      o[1] = line++;
      rows.add(RowFactory.create(o));
      return IdentityRows.this;
    }
  }

  R row(String subject, String cii, String name, String dob) {
    return new R(subject, cii, name, dob);
  }

  IdentityRows add(String subject, String cii, String name, String dob) {
    return row(subject, cii, name, dob).add();
  }

  /** Twenty unrelated people with distinct names and DOBs (so u is estimated sensibly). */
  IdentityRows background() {
    String[] last = {"ABBOTT", "BARNES", "CHAVEZ", "DUNCAN", "ESPINOZA", "FLETCHER", "GUTIERREZ",
      "HOLLAND", "IBARRA", "JENSEN", "KRAMER", "LOZANO", "MADDOX", "NAVARRO", "OSBORNE",
      "PACHECO", "QUINTERO", "RHODES", "SALINAS", "TRUJILLO"};
    String[] first = {"AARON", "BRENDA", "CARLOS", "DIANA", "ERIC", "FELIPE", "GLORIA", "HECTOR",
      "IRENE", "JORGE", "KEVIN", "LAURA", "MARCO", "NORA", "OSCAR", "PAULA", "RAMON", "SONIA",
      "TERESA", "VICTOR"};
    for (int i = 0; i < last.length; i++) {
      add("BG" + i, String.format("B%09d", 500000 + i), last[i] + "," + first[i],
          String.format("19%02d%02d%02d", 50 + i, 1 + i % 12, 3 + i));
    }
    return this;
  }

  Dataset<Row> dataset(SparkSession spark) {
    StructType t = new StructType();
    for (String c : COLUMNS) {
      t = t.add(c, c.equals("line_number") ? DataTypes.LongType : DataTypes.StringType, true);
    }
    return spark.createDataFrame(rows, t);
  }

  List<Row> rows() {
    return rows;
  }
}
