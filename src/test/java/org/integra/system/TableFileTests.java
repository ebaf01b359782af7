package org.integra.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableFileTests {

	@Test
	void aCsvStartsWithTheBomAndGuardsTextButNotNumbers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableFile table = TableFile.open(TableFile.Format.CSV, out, "Lista", List.of("Nombre", "Personas"))) {
			table.row(Arrays.asList("=cmd", -2));
			table.row(Arrays.asList(null, LocalDateTime.of(2017, 11, 20, 9, 5)));
		}
		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("Nombre,Personas\r\n'=cmd,-2\r\n\"\",2017-11-20 09:05\r\n");
	}

	@Test
	void anXlsxIsAZipWorkbook() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableFile table = TableFile.open(TableFile.Format.XLSX, out, "Invitaciones: [todas]", List.of("A"))) {
			table.row(List.of("x"));
		}
		assertThat(Arrays.copyOf(out.toByteArray(), 2)).containsExactly((byte) 'P', (byte) 'K');
	}

	@Test
	void theFileNameIsTheTitleFoldedTheDateAndWhat() {
		assertThat(TableFile.fileName("Taller de intercambio: «Mercociudades» / São Paulo", LocalDate.of(2017, 11, 20),
				"Inscrições", TableFile.Format.XLSX))
			.isEqualTo("taller-de-intercambio-mercociudades-sao-paulo-2017-11-20-inscricoes.xlsx");
		assertThat(TableFile.fileName("\"; rm -rf /", LocalDate.of(2017, 1, 2), "x", TableFile.Format.CSV))
			.isEqualTo("rm-rf-2017-01-02-x.csv");
		assertThat(TableFile.Format.of("CSV")).isEqualTo(TableFile.Format.CSV);
		assertThat(TableFile.Format.of("pdf")).isEqualTo(TableFile.Format.XLSX);
	}

}
