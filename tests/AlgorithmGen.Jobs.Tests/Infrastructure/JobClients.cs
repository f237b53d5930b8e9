using System;
using System.Net.Http;
using AlgorithmGen.Client;
using Amazon.Runtime;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    /// <summary>A client of the project pointed at a local endpoint, recording what it sends.</summary>
    internal sealed class JobClient : IDisposable
    {
        public const string Region = "us-east-1";

        private readonly HttpClient _http;

        public JobClient(Uri endpoint, string accessKeyId = "AKIDEXAMPLE", string secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        {
            Recorder = new RecordingHandler();
            _http = new HttpClient(Recorder) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            Client = new SageMakerClient(_http, new SageMakerClientOptions
            {
                Region = Region,
                EndpointUrl = endpoint,
                Credentials = new BasicAWSCredentials(accessKeyId, secretAccessKey),
                Retry = new SageMakerRetryOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(60) },
            });
        }

        public SageMakerClient Client { get; }

        public RecordingHandler Recorder { get; }

        public void Dispose()
        {
            Client.Dispose();
            _http.Dispose();
        }
    }
}
