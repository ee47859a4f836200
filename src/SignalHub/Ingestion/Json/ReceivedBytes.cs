using System.Security.Cryptography;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// Passes a request body through while hashing and counting it, so a JSON delivery is known by the bytes
/// the partner sent, as a CSV file is. Past the size limit it stops reading and says so.
/// </summary>
internal sealed class ReceivedBytes(Stream body, long limit) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Count { get; private set; }

    public bool IsTooLarge => Count > limit;

    public string Sha256() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Received(buffer, body.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await body.ReadAsync(buffer, cancellationToken);
        return Received(buffer.Span, read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _hash.Dispose();
        base.Dispose(disposing);
    }

    private int Received(Span<byte> buffer, int read)
    {
        Count += read;
        if (IsTooLarge)
            throw new JsonBodyTooLargeException();
        _hash.AppendData(buffer[..read]);
        return read;
    }
}

/// <summary>The body passed <c>Ingestion:MaxFileBytes</c>; answered 413 like an oversized CSV file.</summary>
internal sealed class JsonBodyTooLargeException : Exception
{
    public JsonBodyTooLargeException()
        : base("the JSON body is larger than Ingestion:MaxFileBytes")
    {
    }

    public JsonBodyTooLargeException(string message)
        : base(message)
    {
    }

    public JsonBodyTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
