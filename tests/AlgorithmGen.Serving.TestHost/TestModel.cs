using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Contract = AlgorithmGen.Serving.TestHost.TestAlgorithm.InferenceContract;

namespace AlgorithmGen.Serving.TestHost
{
    /// <summary>
    /// A toy model: <c>model.txt</c> holds <c>scale=&lt;number&gt;</c> and a row's prediction is the scale times the sum of
    /// its values. A <c>hold</c> file in the model folder keeps the loader waiting until it is deleted (to see
    /// <c>/ping</c> answer 503 first); <c>scale=fail</c> makes loading fail.
    /// </summary>
    public static class TestModel
    {
        /// <summary>The loader passed to ServingHost.RunAsync.</summary>
        public static async Task<Serving.InferenceHandler<Contract>> LoadAsync(ServingModel model, CancellationToken cancellationToken)
        {
            while (File.Exists(model.PathOf("hold")))
            {
                await Task.Delay(20, cancellationToken);
            }

            string text = File.ReadAllText(model.PathOf("model.txt")).Trim();
            if (!text.StartsWith("scale=", StringComparison.Ordinal) || !double.TryParse(text.AsSpan(6), NumberStyles.Float, CultureInfo.InvariantCulture, out double scale))
            {
                throw new InvalidDataException("model.txt says '" + text + "', not scale=<number>");
            }

            return new Scorer(scale).InvokeAsync;
        }
    }

    /// <summary>
    /// The handler. What it does is chosen by the request's custom attributes (<c>behavior=...</c>), which also shows
    /// typed access to them: <c>throw</c>, <c>bad-input</c> (400), <c>slow</c> (<c>delay-ms</c>), <c>answer-as</c>
    /// (the type in header <c>X-Test-Response-Type</c>), <c>headers</c> (echoes what the host parsed); otherwise it scores the rows.
    /// </summary>
    internal sealed class Scorer
    {
        private readonly double _scale;

        public Scorer(double scale) => _scale = scale;

        public async ValueTask<InferenceResponse> InvokeAsync(InferenceRequest request, CancellationToken cancellationToken)
        {
            IReadOnlyDictionary<string, string> attributes = request.CustomAttributeValues;
            switch (attributes.TryGetValue("behavior", out string? behavior) ? behavior : null)
            {
                case "throw":
                    throw new InvalidOperationException("the scorer broke");
                case "bad-input":
                    throw new InferenceException("row 1 is not a list of numbers");
                case "slow":
                    // The process tests wait for this line before they send SIGTERM.
                    Console.WriteLine("slow request started");
                    await Task.Delay(int.Parse(attributes["delay-ms"], CultureInfo.InvariantCulture), cancellationToken);
                    break;
                case "answer-as":
                    // A header of its own: a type's parameters would be cut at the ';' that separates attributes.
                    return InferenceResponse.Text(request.HttpContext.Request.Headers["X-Test-Response-Type"].ToString(), "{}");
                case "headers":
                    return Headers(request);
            }

            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            List<double> predictions = request.ContentType switch
            {
                TestAlgorithm.InferenceContentTypes.TextCsv => Csv(buffer.ToArray()),
                TestAlgorithm.InferenceContentTypes.ApplicationJson => Json(buffer.ToArray()),
                // Not parsed here: the prediction is the body's size, which is enough to see the request arrive whole.
                TestAlgorithm.InferenceContentTypes.ApplicationXRecordioProtobuf => new List<double> { buffer.Length },
                _ => throw new InvalidOperationException("undeclared content type " + request.ContentType),
            };
            InferenceResponse response = request.ResponseType switch
            {
                TestAlgorithm.InferenceResponseTypes.TextCsv => InferenceResponse.Text(TestAlgorithm.InferenceResponseTypes.TextCsv,
                    string.Concat(predictions.Select(p => p.ToString("R", CultureInfo.InvariantCulture) + "\n"))),
                _ => InferenceResponse.Text(TestAlgorithm.InferenceResponseTypes.ApplicationJson,
                    "{\"predictions\":[" + string.Join(",", predictions.Select(p => p.ToString("R", CultureInfo.InvariantCulture))) + "]}"),
            };
            return response;
        }

        private List<double> Csv(byte[] body)
        {
            var predictions = new List<double>();
            foreach (string line in Encoding.UTF8.GetString(body).Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    predictions.Add(_scale * line.Split(',').Sum(cell => Number(cell.Trim())));
                }
            }

            return predictions;
        }

        private List<double> Json(byte[] body)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.GetProperty("instances").EnumerateArray()
                .Select(row => _scale * row.EnumerateArray().Sum(cell => cell.GetDouble()))
                .ToList();
        }

        private static double Number(string cell) =>
            double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : throw new InferenceException("'" + cell + "' is not a number");

        private static InferenceResponse Headers(InferenceRequest request)
        {
            var echo = new Dictionary<string, string?>
            {
                ["contentType"] = request.ContentType,
                ["charset"] = request.Charset,
                ["responseType"] = request.ResponseType,
                ["customAttributes"] = request.CustomAttributes,
                ["targetModel"] = request.TargetModel,
                ["targetVariant"] = request.TargetVariant,
                ["targetContainerHostname"] = request.TargetContainerHostname,
                ["inferenceId"] = request.InferenceId,
            };
            string json = "{" + string.Join(",", echo.Select(pair => JsonSerializer.Serialize(pair.Key) + ":" + (pair.Value is null ? "null" : JsonSerializer.Serialize(pair.Value)))) + "}";
            return new InferenceResponse(TestAlgorithm.InferenceResponseTypes.ApplicationJson, Encoding.UTF8.GetBytes(json)) { CustomAttributes = "echo=" + request.CustomAttributes };
        }
    }
}
