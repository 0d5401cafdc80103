package org.recordrelief.generate;

import java.util.SplittableRandom;

/**
 * Embedded name tables for synthetic persons. Common California surnames and given names, each list
 * ordered from most to least frequent and sampled with Zipf weights (weight of rank r = 1/r^s), so
 * that common names collide the way they do in real data. The values are ordinary frequent names;
 * every person built from them is synthetic.
 */
final class Names {
  private Names() {}

  /** Surname origin, used to correlate given names and race with the surname. */
  enum Origin {
    HISPANIC,
    ASIAN,
    GENERAL
  }

  // Surnames, most frequent first; the suffix after ':' is the origin (H, A, G).
  private static final String[] SURNAMES = {
    "GARCIA:H", "HERNANDEZ:H", "LOPEZ:H", "MARTINEZ:H", "RODRIGUEZ:H", "GONZALEZ:H", "SMITH:G",
    "PEREZ:H", "SANCHEZ:H", "JOHNSON:G", "RAMIREZ:H", "WILLIAMS:G", "NGUYEN:A", "TORRES:H",
    "FLORES:H", "BROWN:G", "JONES:G", "RIVERA:H", "GOMEZ:H", "DIAZ:H", "CRUZ:H", "REYES:H",
    "MORALES:H", "GUTIERREZ:H", "ORTIZ:H", "CASTILLO:H", "DAVIS:G", "MILLER:G", "CHAVEZ:H",
    "RAMOS:H", "ROMERO:H", "RUIZ:H", "ALVAREZ:H", "MENDOZA:H", "JIMENEZ:H", "VASQUEZ:H",
    "MORENO:H", "HERRERA:H", "MEDINA:H", "AGUILAR:H", "WILSON:G", "ANDERSON:G", "TAYLOR:G",
    "THOMAS:G", "MOORE:G", "JACKSON:G", "LEE:A", "MARTIN:G", "THOMPSON:G", "WHITE:G", "HARRIS:G",
    "CLARK:G", "LEWIS:G", "ROBINSON:G", "WALKER:G", "CASTRO:H", "VARGAS:H", "FERNANDEZ:H",
    "GUZMAN:H", "MUNOZ:H", "SALAZAR:H", "SOTO:H", "CONTRERAS:H", "DELGADO:H", "LUNA:H",
    "ROJAS:H", "ESPINOZA:H", "SANDOVAL:H", "GUERRERO:H", "VALENZUELA:H", "ESTRADA:H",
    "VELASQUEZ:H", "DOMINGUEZ:H", "NUNEZ:H", "CAMPOS:H", "CABRERA:H", "PADILLA:H", "ORTEGA:H",
    "AVILA:H", "RIOS:H", "ACOSTA:H", "FIGUEROA:H", "MEJIA:H", "NAVARRO:H", "SILVA:H",
    "MACIAS:H", "CERVANTES:H", "FUENTES:H", "CARRILLO:H", "IBARRA:H", "VEGA:H", "ROSALES:H",
    "PACHECO:H", "BARAJAS:H", "ZAVALA:H", "CORTEZ:H", "SOLIS:H", "HALL:G", "YOUNG:G",
    "ALLEN:G", "KING:G", "WRIGHT:G", "SCOTT:G", "GREEN:G", "BAKER:G", "ADAMS:G", "NELSON:G",
    "HILL:G", "CAMPBELL:G", "MITCHELL:G", "ROBERTS:G", "CARTER:G", "PHILLIPS:G", "EVANS:G",
    "TURNER:G", "PARKER:G", "COLLINS:G", "EDWARDS:G", "STEWART:G", "MORRIS:G", "MURPHY:G",
    "COOK:G", "ROGERS:G", "MORGAN:G", "PETERSON:G", "COOPER:G", "REED:G", "BAILEY:G", "BELL:G",
    "KELLY:G", "HOWARD:G", "WARD:G", "COX:G", "RICHARDSON:G", "WOOD:G", "WATSON:G", "BROOKS:G",
    "BENNETT:G", "GRAY:G", "JAMES:G", "HUGHES:G", "PRICE:G", "SANDERS:G", "MYERS:G", "LONG:G",
    "ROSS:G", "FOSTER:G", "WASHINGTON:G", "BUTLER:G", "SIMMONS:G", "BRYANT:G", "ALEXANDER:G",
    "RUSSELL:G", "GRIFFIN:G", "HAYES:G", "MYLES:G", "FORD:G", "GRAHAM:G", "WALLACE:G",
    "TRAN:A", "LE:A", "PHAM:A", "KIM:A", "WONG:A", "CHEN:A", "NGO:A", "HUYNH:A", "VU:A",
    "PARK:A", "WANG:A", "LIU:A", "CHAN:A", "SANTOS:A", "REYES-CRUZ:H", "DELA CRUZ:A",
    "BAUTISTA:A", "VILLANUEVA:A", "MENDEZ:H", "SERRANO:H", "MOLINA:H", "CALDERON:H",
    "MALDONADO:H", "ZAMORA:H", "TRUJILLO:H", "ARELLANO:H", "CORONA:H", "VILLEGAS:H",
    "OCHOA:H", "QUINTERO:H", "BELTRAN:H", "LARA:H", "MIRANDA:H", "VALDEZ:H", "JUAREZ:H",
    "PENA:H", "SALINAS:H", "TAPIA:H", "LEON:H", "ARIAS:H", "GALLEGOS:H", "BECERRA:H",
    "ROBLES:H", "MARQUEZ:H", "MONTOYA:H", "PALACIOS:H", "HUERTA:H", "OROZCO:H", "ALVARADO:H",
    "AVALOS:H", "RANGEL:H", "ZUNIGA:H", "O'BRIEN:G", "MC DONALD:G", "VAN DYKE:G", "HOLLOWAY:G",
    "JENKINS:G", "PERRY:G", "POWELL:G", "COLEMAN:G", "PATTERSON:G", "HENDERSON:G", "FISHER:G",
    "HAMILTON:G", "SULLIVAN:G", "WEST:G", "COLE:G", "JORDAN:G", "REYNOLDS:G", "ELLIS:G",
    "HARRISON:G", "GIBSON:G", "MARSHALL:G", "OWENS:G", "WELLS:G", "SIMPSON:G", "TUCKER:G",
    "PORTER:G", "HUNTER:G", "HICKS:G", "CRAWFORD:G", "HENRY:G", "BOYD:G", "MASON:G",
    "KENNEDY:G", "WARREN:G", "DIXON:G", "BURNS:G", "GORDON:G", "SHAW:G", "HOLMES:G", "RICE:G",
    "ROBERTSON:G", "HUNT:G", "BLACK:G", "DANIELS:G", "PALMER:G", "MILLS:G", "NICHOLS:G",
    "GRANT:G", "KNIGHT:G", "FERGUSON:G", "STONE:G", "HAWKINS:G", "DUNN:G", "PERKINS:G",
    "HUDSON:G", "SPENCER:G", "GARDNER:G", "STEPHENS:G", "PAYNE:G", "PIERCE:G", "BERRY:G",
    "MATTHEWS:G", "ARNOLD:G", "WAGNER:G", "WILLIS:G", "RAY:G", "WATKINS:G", "OLSON:G",
    "CARROLL:G", "DUNCAN:G", "SNYDER:G", "HART:G", "CUNNINGHAM:G", "BRADLEY:G", "LANE:G",
    "ANDREWS:G", "HARPER:G", "FOX:G", "RILEY:G", "ARMSTRONG:G", "CARPENTER:G", "WEAVER:G",
    "GREENE:G", "LAWRENCE:G", "ELLIOTT:G", "SIMS:G", "AUSTIN:G", "PETERS:G", "KELLEY:G",
    "FRANKLIN:G", "LAWSON:G"
  };

  private static final String[] MALE_HISPANIC = {
    "JOSE", "JUAN", "LUIS", "CARLOS", "JESUS", "MIGUEL", "FRANCISCO", "ANTONIO", "JORGE", "MANUEL",
    "ALEJANDRO", "JAVIER", "RICARDO", "MARIO", "FERNANDO", "EDUARDO", "ROBERTO", "RAUL", "OSCAR",
    "PEDRO", "VICTOR", "ARTURO", "SERGIO", "RAMON", "ENRIQUE", "HECTOR", "ALFREDO", "ARMANDO",
    "SALVADOR", "RAFAEL", "JULIO", "GUSTAVO", "MARCO", "ADRIAN", "CESAR", "GERARDO", "RUBEN",
    "ERNESTO", "IGNACIO", "ANGEL", "ISRAEL", "SAUL", "ALBERTO", "ABEL", "RODOLFO", "GABRIEL",
    "ALFONSO", "ANDRES", "GILBERTO", "JAIME", "JOSE LUIS", "JUAN CARLOS"
  };

  private static final String[] MALE_GENERAL = {
    "MICHAEL", "DAVID", "JOHN", "ROBERT", "JAMES", "DANIEL", "CHRISTOPHER", "ANTHONY", "JOSEPH",
    "RICHARD", "WILLIAM", "MARK", "STEVEN", "BRIAN", "KEVIN", "THOMAS", "JASON", "PAUL", "RYAN",
    "ERIC", "MATTHEW", "JEFFREY", "SCOTT", "TIMOTHY", "CHARLES", "GARY", "KENNETH", "DONALD",
    "RONALD", "ANDREW", "JOSHUA", "PATRICK", "GREGORY", "TERRY", "LARRY", "DENNIS", "PETER",
    "JEREMY", "TRAVIS", "SHAWN", "DERRICK", "MARCUS", "DARNELL", "TYRONE", "ANDRE", "CURTIS",
    "KEITH", "TROY", "WAYNE", "RAYMOND", "GEORGE", "EDWARD", "FRANK", "SAMUEL", "NICHOLAS",
    "JUSTIN", "BRANDON", "AARON", "ADAM", "NATHAN", "DUSTIN", "COREY", "JAMAL", "DWAYNE",
    "LAMAR", "VINCENT", "PHILLIP", "RANDY", "BILLY", "BOBBY", "TONY", "MINH", "TUAN", "DUC"
  };

  private static final String[] FEMALE_HISPANIC = {
    "MARIA", "ROSA", "ANA", "MARTHA", "GUADALUPE", "VERONICA", "ELIZABETH", "LETICIA", "YOLANDA",
    "PATRICIA", "SANDRA", "ALMA", "LAURA", "BLANCA", "ADRIANA", "GLORIA", "IRMA", "SILVIA",
    "CLAUDIA", "LORENA", "ANGELICA", "CARMEN", "TERESA", "MONICA", "GRACIELA", "ELENA", "JUANA",
    "ESPERANZA", "ALICIA", "ARACELI", "BEATRIZ", "CECILIA", "DOLORES", "ESTHER", "LILIANA",
    "LUZ", "MARISOL", "NORMA", "OLIVIA", "PAOLA", "RAQUEL", "SOFIA", "VANESSA", "XOCHITL",
    "MARIA ELENA", "ANA MARIA"
  };

  private static final String[] FEMALE_GENERAL = {
    "JENNIFER", "JESSICA", "LISA", "MICHELLE", "KIMBERLY", "AMY", "ANGELA", "MELISSA", "STEPHANIE",
    "NICOLE", "SARAH", "HEATHER", "AMANDA", "REBECCA", "TIFFANY", "CRYSTAL", "CHRISTINA", "MARY",
    "LINDA", "BARBARA", "SUSAN", "KAREN", "DONNA", "DEBRA", "TAMMY", "TINA", "DENISE", "SHANNON",
    "KELLY", "APRIL", "DAWN", "RACHEL", "LATOYA", "TANYA", "KEISHA", "SHARON", "CYNTHIA",
    "BRENDA", "PAMELA", "CAROL", "JULIE", "DANIELLE", "ASHLEY", "BRITTANY", "SAMANTHA",
    "KATHERINE", "EMILY", "LAUREN", "RENEE", "WENDY", "LINH", "MAI", "THUY", "JANET", "HELEN"
  };

  private static final String[] SURNAME_VALUES;
  private static final Origin[] SURNAME_ORIGINS;
  private static final double[] SURNAME_CUM;
  private static final String[] HISPANIC_SURNAMES;
  private static final double[] HISPANIC_SURNAME_CUM;
  private static final double[] MALE_HISPANIC_CUM = Weighted.zipf(MALE_HISPANIC.length, 0.9);
  private static final double[] MALE_GENERAL_CUM = Weighted.zipf(MALE_GENERAL.length, 0.9);
  private static final double[] FEMALE_HISPANIC_CUM = Weighted.zipf(FEMALE_HISPANIC.length, 0.9);
  private static final double[] FEMALE_GENERAL_CUM = Weighted.zipf(FEMALE_GENERAL.length, 0.9);

  static {
    int n = SURNAMES.length;
    SURNAME_VALUES = new String[n];
    SURNAME_ORIGINS = new Origin[n];
    int hispanic = 0;
    for (int i = 0; i < n; i++) {
      String s = SURNAMES[i];
      int colon = s.indexOf(':');
      SURNAME_VALUES[i] = s.substring(0, colon);
      char o = s.charAt(colon + 1);
      SURNAME_ORIGINS[i] = o == 'H' ? Origin.HISPANIC : o == 'A' ? Origin.ASIAN : Origin.GENERAL;
      if (o == 'H' && SURNAME_VALUES[i].indexOf('-') < 0) {
        hispanic++;
      }
    }
    HISPANIC_SURNAMES = new String[hispanic];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (SURNAME_ORIGINS[i] == Origin.HISPANIC && SURNAME_VALUES[i].indexOf('-') < 0) {
        HISPANIC_SURNAMES[k++] = SURNAME_VALUES[i];
      }
    }
    SURNAME_CUM = Weighted.zipf(n, 1.0);
    HISPANIC_SURNAME_CUM = Weighted.zipf(hispanic, 1.0);
  }

  /** Number of distinct surnames in the table. */
  static int surnameCount() {
    return SURNAME_VALUES.length;
  }

  /** Index of a Zipf-weighted surname. */
  static int surnameIndex(SplittableRandom rng) {
    return Weighted.pick(SURNAME_CUM, rng);
  }

  static String surname(int index) {
    return SURNAME_VALUES[index];
  }

  static Origin origin(int index) {
    return SURNAME_ORIGINS[index];
  }

  /** A second Hispanic surname for a compound surname (GARCIA LOPEZ). */
  static String hispanicSurname(SplittableRandom rng) {
    return HISPANIC_SURNAMES[Weighted.pick(HISPANIC_SURNAME_CUM, rng)];
  }

  /**
   * A Zipf-weighted given name; Hispanic surnames take Hispanic given names 75% of the time,
   * others 10% of the time.
   */
  static String givenName(boolean male, Origin origin, SplittableRandom rng) {
    boolean hispanic = rng.nextDouble() < (origin == Origin.HISPANIC ? 0.75 : 0.10);
    if (male) {
      return hispanic
          ? MALE_HISPANIC[Weighted.pick(MALE_HISPANIC_CUM, rng)]
          : MALE_GENERAL[Weighted.pick(MALE_GENERAL_CUM, rng)];
    }
    return hispanic
        ? FEMALE_HISPANIC[Weighted.pick(FEMALE_HISPANIC_CUM, rng)]
        : FEMALE_GENERAL[Weighted.pick(FEMALE_GENERAL_CUM, rng)];
  }
}
