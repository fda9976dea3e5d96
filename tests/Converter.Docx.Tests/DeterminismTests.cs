using System.IO.Compression;
using Xunit;

namespace Converter.Docx.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_runs_give_identical_bytes(bool numberClauses)
    {
        var options = new ConverterOptions { NumberClauses = numberClauses };
        var first = Docx.Emit(SampleDocuments.English(), options).Bytes;
        var second = Docx.Emit(SampleDocuments.English(), options).Bytes;
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_non_seekable_stream_gets_the_same_bytes()
    {
        var expected = Docx.Emit(SampleDocuments.Japanese()).Bytes;
        using var inner = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(inner)) SampleDocuments.Japanese().ToDocx(forwardOnly);
        Assert.Equal(expected, inner.ToArray());
    }

    [Fact]
    public void Zip_entries_have_a_fixed_time_and_order()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese(), new ConverterOptions { NumberClauses = true });
        using var zip = new ZipArchive(new MemoryStream(docx.Bytes), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml",
             "word/fontTable.xml", "word/numbering.xml", "word/settings.xml", "word/styles.xml"],
            zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Without_a_timestamp_core_properties_carry_no_dates()
    {
        var core = Docx.Emit(SampleDocuments.Japanese()).Part("docProps/core.xml")!;
        Assert.DoesNotContain("dcterms:created", core, StringComparison.Ordinal);
        Assert.DoesNotContain("dcterms:modified", core, StringComparison.Ordinal);
        Assert.Contains("<dc:title>日米韓会合に際しての共同声明</dc:title>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:language>ja-JP</dc:language>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>converter ", core, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_timestamp_core_properties_carry_it_in_UTC()
    {
        var options = new ConverterOptions { Timestamp = new DateTimeOffset(2025, 9, 22, 18, 30, 5, TimeSpan.FromHours(9)) };
        var docx = Docx.Emit(SampleDocuments.Japanese(), options);
        var core = docx.Part("docProps/core.xml")!;
        Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-09-22T09:30:05Z</dcterms:created>", core, StringComparison.Ordinal);
        Assert.Contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-09-22T09:30:05Z</dcterms:modified>", core, StringComparison.Ordinal);
        var created = docx.Read(word => word.PackageProperties.Created);
        Assert.Equal(new DateTime(2025, 9, 22, 9, 30, 5, DateTimeKind.Utc), created!.Value.ToUniversalTime());
        Assert.Equal(docx.Bytes, Docx.Emit(SampleDocuments.Japanese(), options).Bytes);
    }

    [Fact]
    public void Creator_names_the_converter_version_without_build_metadata()
    {
        Assert.Matches(@"^converter \d+\.\d+\.\d+[^+]*$", CoreProperties.Creator);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
