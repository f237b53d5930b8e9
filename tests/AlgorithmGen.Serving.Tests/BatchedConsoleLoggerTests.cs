using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Serving.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Xunit;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>
    /// The host's console logger writes what ASP.NET Core's simple console logger writes, line for line and in order,
    /// only in fewer writes; everything queued is written by Dispose; a full queue under DropWrite says how much it lost.
    /// </summary>
    public sealed class BatchedConsoleLoggerTests
    {
        [Fact]
        public void Lines_are_the_simple_formatter_s_in_order_and_written_by_dispose()
        {
            var standardOutput = new MemoryStream();
            var standardError = new MemoryStream();
            using (ServiceProvider services = Services(_ => { }))
            using (var provider = Create(services, standardOutput, standardError))
            {
                ILogger logger = provider.CreateLogger("AlgorithmGen.Serving");
                logger.LogInformation("POST {Path} {Status}", "/invocations", 200);
                logger.LogWarning("second");
                logger.LogCritical("third");
            }

            Assert.Equal(
                "info: AlgorithmGen.Serving[0] POST /invocations 200" + Environment.NewLine
                + "warn: AlgorithmGen.Serving[0] second" + Environment.NewLine
                + "crit: AlgorithmGen.Serving[0] third" + Environment.NewLine,
                Encoding.UTF8.GetString(standardOutput.ToArray()));
            Assert.Empty(standardError.ToArray());
        }

        [Fact]
        public void Lines_at_or_above_the_standard_error_threshold_go_to_standard_error()
        {
            var standardOutput = new MemoryStream();
            var standardError = new MemoryStream();
            using (ServiceProvider services = Services(options => options.LogToStandardErrorThreshold = LogLevel.Warning))
            using (var provider = Create(services, standardOutput, standardError))
            {
                ILogger logger = provider.CreateLogger("Host");
                logger.LogInformation("fine");
                logger.LogError("broken");
            }

            Assert.Equal("info: Host[0] fine" + Environment.NewLine, Encoding.UTF8.GetString(standardOutput.ToArray()));
            Assert.Equal("fail: Host[0] broken" + Environment.NewLine, Encoding.UTF8.GetString(standardError.ToArray()));
        }

        [Fact]
        public async Task Concurrent_loggers_lose_no_line_and_keep_each_thread_s_order()
        {
            var standardOutput = new MemoryStream();
            using (ServiceProvider services = Services(_ => { }))
            using (var provider = Create(services, standardOutput, new MemoryStream()))
            {
                ILogger logger = provider.CreateLogger("Load");
                await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
                {
                    for (int i = 0; i < 2000; i++)
                    {
                        logger.LogInformation("{Thread} {Line}", thread, i);
                    }
                })));
            }

            string[] lines = Encoding.UTF8.GetString(standardOutput.ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(8 * 2000, lines.Length);
            var next = new int[8];
            foreach (string line in lines)
            {
                string[] parts = line.Substring("info: Load[0] ".Length).Split(' ');
                int thread = int.Parse(parts[0]);
                Assert.Equal(next[thread]++, int.Parse(parts[1]));
            }
        }

        [Fact]
        public void A_full_queue_under_DropWrite_drops_lines_and_reports_how_many()
        {
            var standardOutput = new GatedStream();
            var standardError = new MemoryStream();
            using (ServiceProvider services = Services(options =>
            {
                options.MaxQueueLength = 1;
                options.QueueFullMode = ConsoleLoggerQueueFullMode.DropWrite;
            }))
            using (var provider = Create(services, standardOutput, standardError))
            {
                ILogger logger = provider.CreateLogger("Drop");
                logger.LogInformation("written while the queue is empty");
                // The writer thread now holds that line in a write that waits for the gate: one more fits, two do not.
                Assert.True(standardOutput.Entered.Wait(TimeSpan.FromSeconds(30)), "The writer thread never wrote.");
                logger.LogInformation("queued");
                logger.LogInformation("dropped 1");
                logger.LogInformation("dropped 2");
                standardOutput.Gate.Set();
            }

            Assert.Equal(
                "info: Drop[0] written while the queue is empty" + Environment.NewLine + "info: Drop[0] queued" + Environment.NewLine,
                Encoding.UTF8.GetString(standardOutput.ToArray()));
            Assert.Equal(
                "warn: 2 log line(s) dropped: the console logger's queue was full (MaxQueueLength 1, QueueFullMode DropWrite)." + Environment.NewLine,
                Encoding.UTF8.GetString(standardError.ToArray()));
        }

        private static ServiceProvider Services(Action<ConsoleLoggerOptions> configure) => new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.ColorBehavior = LoggerColorBehavior.Disabled;
            }))
            .Configure(configure)
            .BuildServiceProvider();

        private static BatchedConsoleLoggerProvider Create(IServiceProvider services, Stream standardOutput, Stream standardError) => new(
            services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(),
            services.GetServices<ConsoleFormatter>(),
            standardOutput,
            standardError);

        /// <summary>A stream whose first write waits until the test opens the gate.</summary>
        private sealed class GatedStream : MemoryStream
        {
            public ManualResetEventSlim Entered { get; } = new();

            public ManualResetEventSlim Gate { get; } = new();

            public override void Write(byte[] buffer, int offset, int count)
            {
                Entered.Set();
                Gate.Wait();
                base.Write(buffer, offset, count);
            }

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                Entered.Set();
                Gate.Wait();
                base.Write(buffer);
            }
        }
    }
}
