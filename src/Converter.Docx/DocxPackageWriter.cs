using System.Buffers;
using System.IO.Compression;
using System.Text;
using Converter.Model;
using DocumentFormat.OpenXml;

namespace Converter.Docx;

/// <summary>
/// Writes the package in one pass, in a fixed entry order with fixed entry times so the same input always
/// gives the same bytes: the parts that only depend on the language (content types, relationships,
/// styles, font table, settings) come from a <see cref="PackageTemplate"/> the SDK made; the main
/// document is streamed through the SDK's <see cref="OpenXmlPartWriter"/> straight into its zip entry;
/// numbering (when used) and core properties are written per document.
/// </summary>
internal static class DocxPackageWriter
{
    public static IReadOnlyList<Diagnostic> Write(Model.Document document, ConverterOptions options, Stream output)
    {
        var profile = LanguageProfile.For(document.Metadata.Language);
        var builder = new BodyBuilder(document, options, profile);
        var numbering = BodyBuilder.UsesNumbering(document, options);
        var template = PackageTemplate.For(profile, numbering);

        // Zipped in memory first: written straight to a non-seekable stream the zip would use data
        // descriptors and differ from the same document written to a file.
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in template.Entries)
            {
                using var stream = new EntryStream(DeterministicZip.CreateEntry(zip, entry.Name).Open());
                switch (entry.Kind)
                {
                    case PackageTemplate.EntryKind.Fixed:
                        stream.Write(entry.Content);
                        break;
                    case PackageTemplate.EntryKind.MainDocument:
                        // UTF-8 without a byte order mark, as the SDK saves a part.
                        using (var writer = new OpenXmlPartWriter(stream, new UTF8Encoding(false)))
                            builder.Write(writer);
                        if (builder.Numbering.IsUsed != numbering)
                            throw new InvalidOperationException("the body's use of Word numbering differs from what was predicted");
                        break;
                    case PackageTemplate.EntryKind.Numbering:
                        builder.Numbering.Build().Save(stream);
                        break;
                    case PackageTemplate.EntryKind.CoreProperties:
                        CoreProperties.Write(stream,
                            XmlTextSanitizer.CleanSilently(document.Metadata.Title),
                            profile.LanguageTag,
                            options.Timestamp);
                        break;
                }
            }
        }

        zipped.Position = 0;
        zipped.CopyTo(output);
        return builder.Diagnostics;
    }

    /// <summary>
    /// A zip entry's stream that hands the deflater 80 KB at a time and ignores <see cref="Stream.Flush"/>.
    /// The deflater's output depends on how its input is cut: XML writers write a few KB at a time and
    /// flush when they close, and each flush ends the deflate block early and adds an empty one. Cut the
    /// same way whoever writes the part, the output depends only on the part's bytes.
    /// </summary>
    private sealed class EntryStream(Stream entry) : Stream
    {
        private const int ChunkSize = 81920;
        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int _count;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> data)
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            while (!data.IsEmpty)
            {
                var n = Math.Min(data.Length, ChunkSize - _count);
                data[..n].CopyTo(_buffer.AsSpan(_count));
                _count += n;
                data = data[n..];
                if (_count == ChunkSize) WriteChunk();
            }
        }

        private void WriteChunk()
        {
            entry.Write(_buffer.AsSpan(0, _count));
            _count = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _buffer is not null)
            {
                if (_count > 0) WriteChunk();
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
                entry.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
