using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Training
{
    /// <summary>One input channel of the job: where its data is and how SageMaker delivers it.</summary>
    public sealed class TrainingChannel
    {
        private static readonly TimeSpan PipePollInterval = TimeSpan.FromMilliseconds(100);
        private readonly TrainingPaths _paths;

        /// <summary>Creates the channel from its <c>inputdataconfig.json</c> entry.</summary>
        public TrainingChannel(TrainingPaths paths, InputChannelConfiguration configuration)
        {
            _paths = paths ?? throw new ArgumentNullException(nameof(paths));
            Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        }

        /// <summary>The channel's name.</summary>
        public string Name => Configuration.Name;

        /// <summary>The channel's entry in <c>inputdataconfig.json</c>.</summary>
        public InputChannelConfiguration Configuration { get; }

        /// <summary>The content type the job declared for the channel, if any.</summary>
        public string? ContentType => Configuration.ContentType;

        /// <summary>How the data arrives.</summary>
        public TrainingInputMode InputMode => Configuration.TrainingInputMode switch
        {
            "Pipe" => TrainingInputMode.Pipe,
            "FastFile" => TrainingInputMode.FastFile,
            _ => TrainingInputMode.File,
        };

        /// <summary>Whether data arrives through one FIFO per epoch (<see cref="OpenEpochAsync"/>) rather than as files.</summary>
        public bool IsPipe => InputMode == TrainingInputMode.Pipe;

        /// <summary>The channel's folder (<c>/opt/ml/input/data/&lt;channel&gt;</c>), for File and FastFile modes.</summary>
        public string Directory => _paths.ChannelDirectory(Name);

        /// <summary>The FIFO of one epoch in Pipe mode: <c>/opt/ml/input/data/&lt;channel&gt;_&lt;epoch&gt;</c>.</summary>
        public string EpochPipePath(int epoch) => _paths.PipePath(Name, epoch);

        /// <summary>
        /// The channel's files (File and FastFile modes), recursively, in ordinal path order so every host and every
        /// run sees the same order.
        /// </summary>
        public IReadOnlyList<string> EnumerateFiles()
        {
            if (IsPipe)
            {
                throw new InvalidOperationException("Channel '" + Name + "' is in Pipe mode: read it with OpenEpochAsync(epoch).");
            }

            return System.IO.Directory.Exists(Directory)
                ? System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal).ToList()
                : Array.Empty<string>();
        }

        /// <summary>
        /// Opens epoch <paramref name="epoch"/>'s FIFO once SageMaker has created it (it may appear only after the
        /// previous epoch was read), waiting until <paramref name="cancellationToken"/> fires. Read it to the end, or
        /// dispose it to end the epoch early; each FIFO can be read by one process only.
        /// </summary>
        public async Task<Stream> OpenEpochAsync(int epoch, CancellationToken cancellationToken = default)
        {
            if (!IsPipe)
            {
                throw new InvalidOperationException("Channel '" + Name + "' is in " + Configuration.TrainingInputMode + " mode: read its files from " + Directory + ".");
            }

            string path = EpochPipePath(epoch);
            while (!File.Exists(path))
            {
                await Task.Delay(PipePollInterval, cancellationToken).ConfigureAwait(false);
            }

            // Opening a FIFO for reading blocks until the writer opens it: keep that off the caller's thread, and stop
            // waiting when the token fires (SIGTERM), since the writer may never come and the open cannot be cancelled.
            return await Task.Run(
                () => (Stream)new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan),
                cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public override string ToString() => Name + " (" + Configuration.TrainingInputMode + (ContentType is null ? string.Empty : ", " + ContentType) + ")";
    }
}
