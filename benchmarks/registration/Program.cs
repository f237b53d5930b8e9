using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen;
using AlgorithmGen.Client;
using AlgorithmGen.Generated;

// The .NET side of the registration benchmark, as an application registers its algorithms: the generated catalog's
// RegisterAllAsync, with region, endpoint and credentials from the environment (AWS_REGION, AWS_ENDPOINT_URL_SAGEMAKER,
// AWS_ACCESS_KEY_ID, ...) exactly as the AWS CLI reads them. registration_bench.py times this whole process.
//
//   AlgorithmGen.Benchmarks.Registration [--count N]      register the first N algorithms of the catalog (default all)
//   AlgorithmGen.Benchmarks.Registration --payloads DIR   write each <AlgorithmName>.create-algorithm.json into DIR
//                                                         (a dry run: validated, nothing sent), the files the CLI takes
const string Usage = "usage: AlgorithmGen.Benchmarks.Registration [--count N] [--payloads DIR]";
int count = AlgorithmCatalog.All.Count;
string? payloads = null;
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= AlgorithmCatalog.All.Count:
            i++;
            break;
        case "--payloads" when !string.IsNullOrEmpty(value):
            payloads = Path.GetFullPath(value!);
            i++;
            break;
        default:
            Console.Error.WriteLine("registration benchmark: unexpected argument '" + args[i] + "' (--count takes 1 to " + AlgorithmCatalog.All.Count + "). " + Usage);
            return 2;
    }
}

var options = new AlgorithmRegistrationOptions();
if (payloads != null)
{
    Directory.CreateDirectory(payloads);
    options.DryRun = true;
    options.OutputDirectory = payloads;
}

IReadOnlyList<AlgorithmRegistrationReport> reports = count == AlgorithmCatalog.All.Count
    ? await AlgorithmCatalog.RegisterAllAsync(options)
    : await AlgorithmRegistrar.RegisterAllAsync(AlgorithmCatalog.All.Take(count), options);
foreach (AlgorithmRegistrationReport report in reports)
{
    if (report.Succeeded)
    {
        Console.WriteLine(report.Result!.FilePath ?? report.ToString());
    }
    else
    {
        Console.Error.WriteLine(report.Definition.AlgorithmName + ": " + (report.Error is SageMakerException failure ? failure.Describe() : report.Error!.Message));
    }
}

return reports.All(r => r.Succeeded) ? 0 : 1;
