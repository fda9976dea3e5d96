using Converter;
using Converter.Fuzz;
using SharpFuzz;

// Usage:
//   Converter.Fuzz parse|fidelity|json run a harness under afl-fuzz (or once, on standard input, to replay a finding)
//   Converter.Fuzz seed-json DIR FILE  write FILE's converted JSON into DIR (seeds for the json harness)
if (args is ["seed-json", var dir, .. var files])
{
    Directory.CreateDirectory(dir);
    foreach (var file in files)
    {
        try
        {
            File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".json"), DocumentConverter.ParseFile(file).ToJson());
        }
        catch (ConversionException)
        {
            // a seed that is not a document (a past finding) has no JSON form
        }
    }
    return 0;
}
if (args is ["seed-docx", var docxDir, .. var texts])
{
    // Seeds for the docx harness: the document.xml of our Word output for each text (the harness packages it).
    Directory.CreateDirectory(docxDir);
    foreach (var file in texts)
    {
        try
        {
            using var docx = new MemoryStream();
            Converter.Docx.DocxDocumentExtensions.ToDocx(DocumentConverter.ParseFile(file), docx);
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx.ToArray()));
            using var xml = zip.GetEntry("word/document.xml")!.Open();
            using var target = File.Create(Path.Combine(docxDir, Path.GetFileNameWithoutExtension(file) + ".xml"));
            xml.CopyTo(target);
        }
        catch (ConversionException)
        {
        }
    }
    return 0;
}
if (args.Length != 1 || !Harnesses.All.TryGetValue(args[0], out var harness))
{
    Console.Error.WriteLine("usage: Converter.Fuzz " + string.Join("|", Harnesses.All.Keys) + " < input, or Converter.Fuzz seed-json DIR FILE...");
    return 2;
}
Fuzzer.Run(stream => harness(Harnesses.ReadAll(stream)));
return 0;
