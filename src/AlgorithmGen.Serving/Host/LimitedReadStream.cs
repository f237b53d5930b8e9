using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>Thrown when a request body is longer than the host's limit; answered with 413.</summary>
    internal sealed class RequestBodyTooLargeException : IOException
    {
        public RequestBodyTooLargeException(long limit)
            : base("The request body is larger than " + limit + " bytes.")
        {
            Limit = limit;
        }

        public long Limit { get; }
    }

    /// <summary>
    /// The request body with the host's size limit, for bodies without a Content-Length (chunked) or that lie about it:
    /// reading past the limit throws <see cref="RequestBodyTooLargeException"/>.
    /// </summary>
    internal sealed class LimitedReadStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _limit;
        private long _read;

        public LimitedReadStream(Stream inner, long limit)
        {
            _inner = inner;
            _limit = limit;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            if (_read > _limit)
            {
                throw new RequestBodyTooLargeException(_limit);
            }

            return read;
        }
    }
}
