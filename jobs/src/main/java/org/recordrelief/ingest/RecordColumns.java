package org.recordrelief.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.schema.Schemas;

/**
 * Columns of the {@code records} dataset: one row per physical line of every input file, with
 * provenance, the validator's verdict and, for data records, the 95 raw values (whose types come
 * from {@code schemas/doj_record.avsc}).
 */
public final class RecordColumns {
  private RecordColumns() {}

  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_FILE_ORDINAL = "source_file_ordinal";
  public static final String LINE_NUMBER = "line_number";
  public static final String BYTE_OFFSET = "byte_offset";
  public static final String RECORD_SHA256 = "record_sha256";
  public static final String KIND = "kind";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String FIELD_COUNT = "field_count";
  public static final String RAW_RECORD = "raw_record";
  public static final String CRLF = "crlf";
  public static final String BOM = "bom";
  public static final String SUBJECT_KEY = "subject_key";
  public static final String ISSUES = "issues";

  /** Number of columns before the 95 raw DOJ columns. */
  public static final int PREFIX = 14;

  /** The dataset's schema. */
  public static final StructType SCHEMA = build();

  /**
   * The schema with only some DOJ columns: the prefix, then {@code dojColumns} (indexes into
   * {@link org.recordrelief.doj.DojColumns#NAMES}) in the given order.
   */
  public static StructType projected(int[] dojColumns) {
    StructField[] all = SCHEMA.fields();
    StructField[] f = new StructField[PREFIX + dojColumns.length];
    System.arraycopy(all, 0, f, 0, PREFIX);
    for (int i = 0; i < dojColumns.length; i++) {
      f[PREFIX + i] = all[PREFIX + dojColumns[i]];
    }
    return DataTypes.createStructType(f);
  }

  private static StructType build() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    f.add(DataTypes.createStructField(SOURCE_FILE_ORDINAL, DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField(LINE_NUMBER, DataTypes.LongType, false));
    f.add(DataTypes.createStructField(BYTE_OFFSET, DataTypes.LongType, false));
    f.add(DataTypes.createStructField(RECORD_SHA256, DataTypes.StringType, false));
    f.add(DataTypes.createStructField(KIND, DataTypes.StringType, false));
    f.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(DETAIL, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(FIELD_COUNT, DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField(RAW_RECORD, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(CRLF, DataTypes.BooleanType, false));
    f.add(DataTypes.createStructField(BOM, DataTypes.BooleanType, false));
    f.add(DataTypes.createStructField(SUBJECT_KEY, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(
        ISSUES, DataTypes.createArrayType(DataTypes.StringType, false), true));
    if (f.size() != PREFIX) {
      throw new IllegalStateException("prefix size");
    }
    for (StructField raw : Schemas.sparkType(Schemas.DOJ_RECORD).fields()) {
      f.add(raw);
    }
    return DataTypes.createStructType(f);
  }
}
