namespace Socrates.Web.Configuration;

/// <summary>
/// A request body that refuses to give more than <c>limiet</c> bytes: beyond that, reading throws
/// <see cref="VerzoekTeGrootException"/>, which is no <see cref="IOException"/> (antiforgery and model binding would take
/// that for a bad form and answer 400), so it reaches <see cref="Verzoeklimieten"/>.
/// </summary>
internal sealed class BegrensdeStroom(Stream binnen, long limiet) : Stream
{
    private long _gelezen;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _gelezen; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Tel(binnen.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Tel(await binnen.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Tel(int gelezen)
    {
        _gelezen += gelezen;
        return _gelezen > limiet
            ? throw new VerzoekTeGrootException()
            : gelezen;
    }
}
