using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving
{
    /// <summary>What the model loader gets: the folder SageMaker extracted the model archive into, and a logger.</summary>
    public sealed class ServingModel
    {
        internal ServingModel(string directory, ILogger logger, IServiceProvider services)
        {
            Directory = directory;
            Logger = logger;
            Services = services;
        }

        /// <summary>The model folder: <c>/opt/ml/model</c> in the container (<c>--model</c> on a local run).</summary>
        public string Directory { get; }

        /// <summary>The host's logger (one line per entry).</summary>
        public ILogger Logger { get; }

        /// <summary>The application's services, for loaders that need more than the folder.</summary>
        public IServiceProvider Services { get; }

        /// <summary>The full path of <paramref name="relativePath"/> inside the model folder.</summary>
        public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);
    }
}
