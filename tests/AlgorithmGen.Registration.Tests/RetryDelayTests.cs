using System;
using System.Collections.Concurrent;
using System.Linq;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// The waits between attempts, read off a fake clock (no real waiting): with the default retry settings every
    /// delay grows exponentially from <see cref="SageMakerRetryOptions.BaseDelay"/>, none exceeds
    /// <see cref="SageMakerRetryOptions.MaxDelay"/>, and jitter spreads the delays of the same retry. The bounds are
    /// loose enough for the spread of <see cref="ThrottledCallDelays.Calls"/> random sequences (the AWS SDKs' full
    /// jitter, random(0, 1) × BaseDelay × 2^k, puts the median k-th delay at 0.5 × BaseDelay × 2^k) and tight enough that constant or linear backoff,
    /// no jitter or no cap fails.
    /// </summary>
    public sealed class RetryDelayTests : IClassFixture<ThrottledCallDelays>
    {
        // Retries whose delays stay under MaxDelay: 1 s × 2^4 is 16 s, under the 20 s cap.
        private const int UncappedRetries = 5;

        private readonly ThrottledCallDelays _calls;

        public RetryDelayTests(ThrottledCallDelays calls) => _calls = calls;

        private TimeSpan BaseDelay => _calls.Retry.BaseDelay;

        [Fact]
        public void TheMedianDelayDoublesWithEachRetry()
        {
            for (int retry = 0; retry < UncappedRetries; retry++)
            {
                TimeSpan exponential = Exponential(retry);
                TimeSpan median = Median(_calls.DelaysOfRetry(retry));
                Assert.True(
                    median >= exponential * 0.25 && median <= exponential * 1.5,
                    $"Retry {retry + 1}: median delay {median.TotalMilliseconds:0} ms, expected within [0.25, 1.5] × {exponential.TotalMilliseconds:0} ms. " + _calls.Describe());
            }
        }

        [Fact]
        public void NoDelayExceedsMaxDelayAndTheLastRetriesReachIt()
        {
            TimeSpan cap = _calls.Retry.MaxDelay;
            Assert.All(_calls.Delays.SelectMany(delays => delays), delay => Assert.InRange(delay, TimeSpan.Zero, cap));

            // Uncapped, the last retry's median would be 0.5 × 1 s × 2^8 = 128 s.
            TimeSpan[] last = _calls.DelaysOfRetry(ThrottledCallDelays.Retries - 1);
            int atCap = last.Count(delay => delay == cap);
            Assert.True(atCap >= last.Length / 4, $"{atCap} of {last.Length} last delays are exactly {cap}. " + _calls.Describe());
        }

        [Fact]
        public void JitterSpreadsEachRetrysDelayWithinItsBounds()
        {
            for (int retry = 0; retry < UncappedRetries; retry++)
            {
                TimeSpan[] delays = _calls.DelaysOfRetry(retry);
                TimeSpan exponential = Exponential(retry);
                Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, exponential * 2));
                // Whole milliseconds (Task.Delay's resolution), so the first retry's few hundred values repeat now and then.
                Assert.True(delays.Distinct().Count() >= delays.Length / 2, $"Retry {retry + 1}: too few distinct delays. " + _calls.Describe());
                Assert.True(delays.Max() - delays.Min() >= exponential * 0.5, $"Retry {retry + 1}: the delays hardly vary. " + _calls.Describe());
            }
        }

        private TimeSpan Exponential(int retry) => BaseDelay * Math.Pow(2, retry);

        private static TimeSpan Median(TimeSpan[] delays)
        {
            TimeSpan[] sorted = delays.OrderBy(delay => delay).ToArray();
            return sorted[sorted.Length / 2];
        }
    }

    /// <summary>
    /// <see cref="Calls"/> ListAlgorithms calls against an endpoint that always throttles, through one client on a
    /// <see cref="SkippingTimeProvider"/>: each call makes every attempt, and the clock's advance between two attempts
    /// of a call is the delay the client waited.
    /// </summary>
    public sealed class ThrottledCallDelays
    {
        public const int Calls = 100;
        public const int Retries = 9;

        public ThrottledCallDelays()
        {
            // The default delays; timeouts beyond what the fake clock skips, so only delays move it.
            Retry = new SageMakerRetryOptions
            {
                // Legacy mode has the same backoff and no retry quota, which would stop a thousand throttled retries early.
                Mode = SageMakerRetryMode.Legacy,
                MaxAttempts = Retries + 1,
                AttemptTimeout = SkippingTimeProvider.LongestSkippedWait * 20,
                TotalTimeout = SkippingTimeProvider.LongestSkippedWait * 20,
            };
            var clock = new SkippingTimeProvider();
            using var server = new FakeSageMakerServer();
            server.InjectAlways("ListAlgorithms", Fault.Throttle());
            var arrivals = new ConcurrentQueue<(string Call, DateTimeOffset At)>();
            server.RequestReceived += request => arrivals.Enqueue((request.Header("amz-sdk-invocation-id")!, clock.GetUtcNow()));
            using var client = new SageMakerClient(TestClients.Options(server, Retry), logger: null, clock);

            for (int call = 0; call < Calls; call++)
            {
                SageMakerServiceException error = Assert.ThrowsAsync<SageMakerServiceException>(() => client.ListAlgorithmsAsync(new ListAlgorithmsRequest())).GetAwaiter().GetResult();
                Assert.Equal(Retries + 1, error.Attempts);
            }

            Delays = arrivals.GroupBy(arrival => arrival.Call)
                .Select(call => call.Select(arrival => arrival.At).ToArray())
                .Select(times => times.Skip(1).Select((time, i) => time - times[i]).ToArray())
                .ToArray();
            Assert.Equal(Calls, Delays.Length);
            Assert.All(Delays, delays => Assert.Equal(Retries, delays.Length));
        }

        internal SageMakerRetryOptions Retry { get; }

        /// <summary>Per call, the delays before its retries, in order.</summary>
        public TimeSpan[][] Delays { get; }

        /// <summary>The delays before retry <paramref name="retry"/> (0 = the first retry) of every call.</summary>
        public TimeSpan[] DelaysOfRetry(int retry) => Delays.Select(delays => delays[retry]).ToArray();

        /// <summary>The first calls' delays, for failure messages.</summary>
        public string Describe() =>
            "First calls' delays (ms): " + string.Join(" | ", Delays.Take(5).Select(delays => string.Join(", ", delays.Select(d => d.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
