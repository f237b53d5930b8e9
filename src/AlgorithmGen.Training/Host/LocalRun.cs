using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// <c>train --local</c>: the job SageMaker would run, without a container. Lays out a temporary <c>/opt/ml</c> tree
    /// as the SageMaker Python SDK's local mode does (its config files, host <c>algo-1</c>, File input mode, the
    /// channels' data linked in), runs the job in it through the same code path as a real job, tees its output, and
    /// then prints what the service would show: the bound hyperparameters, every value each declared metric's regex
    /// finds in the output, the FailureReason, and where the model went.
    /// </summary>
    internal static class LocalRun
    {
        /// <summary>The folder a completed run's model and output are copied to, under the current directory.</summary>
        public const string DefaultOutputDirectory = "local-runs";

        private static readonly Regex JobNamePattern = new Regex("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$", RegexOptions.CultureInvariant);

        public static async Task<int> RunAsync<TContext>(CommandLine line, Func<TContext, CancellationToken, Task> train, HostSetup setup)
            where TContext : TrainingContext, ITrainingContext<TContext>
        {
            AlgorithmDefinition algorithm = TContext.Algorithm;
            TrainingSpecification specification = algorithm.CreateRequest().TrainingSpecification ?? new TrainingSpecification();

            // Everything that can be refused is refused before a file is written.
            string jobName = line.JobName ?? DefaultJobName(algorithm.AlgorithmName, DateTime.UtcNow);
            if (!JobNamePattern.IsMatch(jobName))
            {
                return setup.UsageError("job name '" + jobName + "' is not 1 to 63 letters, digits and hyphens starting with a letter or digit (the API's TrainingJobName)");
            }

            var channels = new List<KeyValuePair<string, string>>();
            foreach (KeyValuePair<string, string> channel in line.Channels)
            {
                string source = Path.GetFullPath(channel.Value);
                if (!Directory.Exists(source) && !File.Exists(source))
                {
                    return setup.UsageError("channel '" + channel.Key + "': no file or folder " + source);
                }

                channels.Add(new KeyValuePair<string, string>(channel.Key, source));
            }

            List<string> supportedTypes = specification.SupportedTrainingInstanceTypes ?? new List<string>();
            if (line.InstanceType is { } instanceType && supportedTypes.Count > 0 && !supportedTypes.Contains(instanceType))
            {
                return setup.UsageError("instance type '" + instanceType + "' is not among the algorithm's SupportedTrainingInstanceTypes (" + string.Join(", ", supportedTypes) + "); SageMaker would refuse the job");
            }

            string destination = Path.Combine(Path.GetFullPath(line.OutputDirectory ?? DefaultOutputDirectory), jobName);
            if (Directory.Exists(destination) || File.Exists(destination))
            {
                return setup.UsageError(destination + " already exists: choose another --job-name or --output-dir");
            }

            string root = Directory.CreateTempSubdirectory("algorithmgen-" + jobName + "-").FullName;
            var paths = new TrainingPaths(root);
            var metrics = new MetricCollector(specification);
            var capture = new OutputCapture(metrics.Read);
            TextWriter output = capture.Tee(setup.Output);
            TextWriter error = capture.Tee(setup.Error);
            TextWriter? consoleOut = null;
            TextWriter? consoleError = null;
            if (setup.UsesConsole)
            {
                // The training code may write to Console directly; SageMaker reads those lines too.
                consoleOut = Console.Out;
                consoleError = Console.Error;
                Console.SetOut(output);
                Console.SetError(error);
            }

            JobOutcome outcome;
            var logger = new HostLogger(error, setup.MinimumLogLevel, new object());
            try
            {
                try
                {
                    LayOut(paths, specification, line, channels);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    Remove(paths, channels);
                    logger.LogError("Cannot lay out the job's tree in {Root}: {Message}", root, exception.Message);
                    return TrainingHost.ExitFailed;
                }

                logger.LogInformation("Local training job {JobName}: the job's tree is {Root}.", jobName, root);
                using var stop = new StopSignal(logger, setup.HandleSignals);
                outcome = await JobRun.RunAsync(new JobSettings(root, setup.BindingOptions, logger, output, error, stop) { JobName = jobName }, train).ConfigureAwait(false);
            }
            finally
            {
                if (consoleOut is not null)
                {
                    Console.SetOut(consoleOut);
                    Console.SetError(consoleError!);
                }
            }

            capture.Complete();
            string? kept = null;
            string? copyProblem = null;
            if (outcome.ExitCode == TrainingHost.ExitCompleted)
            {
                try
                {
                    kept = Keep(paths, destination);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    copyProblem = exception.Message;
                }
            }

            TextWriter summary = setup.Output;
            summary.WriteLine();
            WriteSummary(summary, jobName, algorithm, outcome, metrics, kept, copyProblem);
            if (line.Keep)
            {
                summary.WriteLine("Job tree (kept): " + root);
            }
            else
            {
                Remove(paths, channels);
            }

            summary.Flush();
            return copyProblem is null ? outcome.ExitCode : TrainingHost.ExitFailed;
        }

        /// <summary><c>&lt;algorithm&gt;-yyyy-MM-dd-HH-mm-ss-fff</c> as the Python SDK names jobs, cut to the API's 63 characters.</summary>
        public static string DefaultJobName(string algorithmName, DateTime utcNow)
        {
            string stamp = utcNow.ToString("yyyy-MM-dd-HH-mm-ss-fff", System.Globalization.CultureInfo.InvariantCulture);
            string name = Regex.Replace(algorithmName, "[^a-zA-Z0-9-]", "-").Trim('-');
            name = name.Length == 0 ? "local" : name;
            int room = 63 - stamp.Length - 1;
            return (name.Length > room ? name.Substring(0, room).TrimEnd('-') : name) + "-" + stamp;
        }

        private static void LayOut(TrainingPaths paths, TrainingSpecification specification, CommandLine line, IReadOnlyList<KeyValuePair<string, string>> channels)
        {
            Directory.CreateDirectory(paths.InputConfig);
            Directory.CreateDirectory(paths.InputData);
            WriteJson(paths.HyperParametersFile, writer =>
            {
                foreach (KeyValuePair<string, string> hyperParameter in line.HyperParameters)
                {
                    writer.WriteString(hyperParameter.Key, hyperParameter.Value);
                }
            });

            // The SDK's local mode: one host, eth0, and the instance type it was given ("local").
            WriteJson(paths.ResourceConfigFile, writer =>
            {
                writer.WriteString("current_host", "algo-1");
                writer.WriteStartArray("hosts");
                writer.WriteStringValue("algo-1");
                writer.WriteEndArray();
                writer.WriteString("network_interface_name", "eth0");
                writer.WriteString("current_instance_type", line.InstanceType ?? "local");
            });

            // Also the SDK's: File mode only, ContentType when known, no distribution or record wrapper fields.
            WriteJson(paths.InputDataConfigFile, writer =>
            {
                foreach (KeyValuePair<string, string> channel in channels)
                {
                    writer.WriteStartObject(channel.Key);
                    string? contentType = line.ContentTypes.TryGetValue(channel.Key, out string? given) ? given : DeclaredContentType(specification, channel.Key);
                    if (contentType is not null)
                    {
                        writer.WriteString("ContentType", contentType);
                    }

                    writer.WriteString("TrainingInputMode", "File");
                    writer.WriteEndObject();
                }
            });

            foreach (KeyValuePair<string, string> channel in channels)
            {
                string target = paths.ChannelDirectory(channel.Key);
                if (Directory.Exists(channel.Value))
                {
                    LinkOrCopyDirectory(channel.Value, target);
                }
                else
                {
                    Directory.CreateDirectory(target);
                    string file = Path.Combine(target, Path.GetFileName(channel.Value));
                    try
                    {
                        File.CreateSymbolicLink(file, channel.Value);
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        File.Copy(channel.Value, file);
                    }
                }
            }
        }

        /// <summary>A channel's only declared content type: the one a job would most likely set.</summary>
        private static string? DeclaredContentType(TrainingSpecification specification, string channel) =>
            specification.TrainingChannels?.FirstOrDefault(c => c?.Name == channel)?.SupportedContentTypes is { Count: 1 } types ? types[0] : null;

        // A link is as fast as the SDK's bind mount for large data; copies where links are not allowed (Windows without the privilege).
        private static void LinkOrCopyDirectory(string source, string target)
        {
            try
            {
                Directory.CreateSymbolicLink(target, source);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                CopyDirectory(source, target);
            }
        }

        private static void CopyDirectory(string source, string target)
        {
            Directory.CreateDirectory(target);
            foreach (string file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            foreach (string folder in Directory.EnumerateDirectories(source))
            {
                CopyDirectory(folder, Path.Combine(target, Path.GetFileName(folder)));
            }
        }

        private static void WriteJson(string path, Action<Utf8JsonWriter> writeMembers)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writeMembers(writer);
                writer.WriteEndObject();
            }

            File.WriteAllBytes(path, stream.ToArray());
        }

        /// <summary>Copies <c>model/</c> and <c>output/</c> to <paramref name="destination"/>, appearing there only once complete.</summary>
        private static string Keep(TrainingPaths paths, string destination)
        {
            string partial = destination + ".partial-" + Guid.NewGuid().ToString("N");
            try
            {
                CopyDirectory(paths.Model, Path.Combine(partial, "model"));
                CopyDirectory(paths.Output, Path.Combine(partial, "output"));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                Directory.Move(partial, destination);
                return destination;
            }
            finally
            {
                if (Directory.Exists(partial))
                {
                    Directory.Delete(partial, recursive: true);
                }
            }
        }

        // The channel links go first, so deleting the tree can never reach the data they point to.
        private static void Remove(TrainingPaths paths, IReadOnlyList<KeyValuePair<string, string>> channels)
        {
            try
            {
                foreach (KeyValuePair<string, string> channel in channels)
                {
                    string folder = paths.ChannelDirectory(channel.Key);
                    if (new DirectoryInfo(folder).LinkTarget is not null)
                    {
                        File.Delete(folder);
                    }
                    else if (Directory.Exists(folder))
                    {
                        foreach (string file in Directory.EnumerateFiles(folder))
                        {
                            File.Delete(file);
                        }
                    }
                }

                Directory.Delete(paths.Base, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A temporary folder; the system cleans it eventually.
            }
        }

        private static void WriteSummary(
            TextWriter summary, string jobName, AlgorithmDefinition algorithm, JobOutcome outcome, MetricCollector metrics, string? kept, string? copyProblem)
        {
            string status = outcome.ExitCode switch
            {
                TrainingHost.ExitCompleted => "Completed",
                TrainingHost.ExitFailed => "Failed",
                _ => "Stopped",
            };
            summary.WriteLine("Local training job " + jobName + ": " + status + " (exit code " + outcome.ExitCode + ")");
            if (outcome.Context is { } context)
            {
                summary.WriteLine("Hyperparameters:");
                IReadOnlyList<BoundHyperParameter> bound = BoundHyperParameters.List(algorithm, context.Environment);
                foreach (BoundHyperParameter hyperParameter in bound)
                {
                    summary.WriteLine("  " + hyperParameter);
                }

                if (bound.Count == 0)
                {
                    summary.WriteLine("  none");
                }
            }
            else
            {
                summary.WriteLine("Hyperparameters: not bound (see the failure reason)");
            }

            summary.WriteLine("Metrics (what SageMaker would record from this output):");
            foreach (KeyValuePair<string, List<double>> metric in metrics.Values)
            {
                List<double> values = metric.Value;
                summary.WriteLine("  " + metric.Key + ": " + (values.Count == 0
                    ? "no value"
                    : "final " + HyperParameterCodec.Format(values[values.Count - 1]) + " (" + values.Count + (values.Count == 1 ? " value: " : " values: ") + string.Join(", ", values.Select(HyperParameterCodec.Format)) + ")"));
            }

            if (metrics.Values.Count == 0)
            {
                summary.WriteLine("  none declared");
            }

            if (outcome.Failure is { } failure)
            {
                summary.WriteLine("Failure reason (the first 1,024 characters of output/failure" + (outcome.FailureWrittenByTrainingCode ? ", written by the training code" : string.Empty) + "):");
                foreach (string reasonLine in FailureText.FailureReason(failure).Split('\n'))
                {
                    summary.WriteLine("  " + reasonLine.TrimEnd('\r'));
                }
            }

            if (kept is not null)
            {
                summary.WriteLine("Model: " + Path.Combine(kept, "model") + " (" + Describe(Path.Combine(kept, "model")) + "); output: " + Path.Combine(kept, "output"));
            }
            else if (copyProblem is not null)
            {
                summary.WriteLine("Model: not kept: copying it failed (" + copyProblem + ")");
            }
            else
            {
                summary.WriteLine("Model: not kept (the job did not complete)");
            }
        }

        private static string Describe(string folder)
        {
            string[] files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            long bytes = files.Sum(file => new FileInfo(file).Length);
            return files.Length + (files.Length == 1 ? " file, " : " files, ") + bytes + (bytes == 1 ? " byte" : " bytes");
        }
    }
}
