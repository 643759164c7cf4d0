// Batch driver for the HeidelTime standalone jar (used by benchmarks/bench_tagging.py).
// One JVM, one HeidelTimeStandalone instance, many documents, each with its own
// document creation time (news type).  Usage:
//   java -cp heideltime.jar:. HeidelTimeBatch config.props jobs.tsv REPEATS
// jobs.tsv lines: INPUT_TXT <TAB> OUTPUT_TML <TAB> YYYY-MM-DD
// Prints "init_seconds\tS" once and "run_seconds\tS" for each repeat (processing only).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        List<String> texts = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<Date> dates = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] p = line.split("\t");
            texts.add(new String(Files.readAllBytes(Paths.get(p[0])), StandardCharsets.UTF_8));
            outputs.add(p[1]);
            dates.add(fmt.parse(p[2]));
        }
        long t0 = System.nanoTime();
        HeidelTimeStandalone ht = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, config, POSTagger.TREETAGGER);
        System.out.println("init_seconds\t" + (System.nanoTime() - t0) / 1e9);
        for (int r = 0; r < repeats; r++) {
            long t1 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                String out = ht.process(texts.get(i), dates.get(i));
                if (r == 0) Files.write(Paths.get(outputs.get(i)), out.getBytes(StandardCharsets.UTF_8));
            }
            System.out.println("run_seconds\t" + (System.nanoTime() - t1) / 1e9);
            System.out.flush();
        }
    }
}
