import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Computes Flyway's checksum of every file in a directory, independently of
 * pgshape's Go code, as Flyway's ChecksumCalculator does: CRC32 over the UTF-8
 * bytes of each line read by BufferedReader.readLine, a byte-order mark removed
 * from the first line, returned as an int.
 *
 * Usage: java Checksum.java inputs > checksums.txt
 */
public class Checksum {
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Paths.get(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        System.out.println("# file checksum, written by Checksum.java (see README.md); do not edit");
        for (Path p : files) {
            System.out.println(p.getFileName() + " " + checksum(p));
        }
    }

    static int checksum(Path p) throws IOException {
        CRC32 crc32 = new CRC32();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8), 4096)) {
            String line = r.readLine();
            if (line != null) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                do {
                    crc32.update(line.getBytes(StandardCharsets.UTF_8));
                } while ((line = r.readLine()) != null);
            }
        }
        return (int) crc32.getValue();
    }
}
