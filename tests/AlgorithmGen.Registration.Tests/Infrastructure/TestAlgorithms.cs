using System;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using GradientBoosting;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>Algorithm definitions for the scenarios: the sample's generated algorithm, under any name.</summary>
    internal static class TestAlgorithms
    {
        /// <summary>The sample's definition, as generated.</summary>
        public static AlgorithmDefinition Sample => GradientBoostingAlgorithm.Definition;

        /// <summary>The sample's specification under another name, so each test owns its algorithm.</summary>
        public static AlgorithmDefinition Named(string name)
        {
            CreateAlgorithmRequest request = RequestNamed(name);
            return new AlgorithmDefinition(name, typeof(GradientBoostingAlgorithm), PayloadJsonWriter.ToCompactJson(request));
        }

        /// <summary>A fresh request of the sample's specification under <paramref name="name"/>.</summary>
        public static CreateAlgorithmRequest RequestNamed(string name)
        {
            CreateAlgorithmRequest request = GradientBoostingAlgorithm.CreateRequest();
            request.AlgorithmName = name;
            return request;
        }

        /// <summary>The CreateAlgorithm body of <see cref="RequestNamed"/>, optionally changed first.</summary>
        public static string BodyNamed(string name, Action<CreateAlgorithmRequest>? change = null)
        {
            CreateAlgorithmRequest request = RequestNamed(name);
            change?.Invoke(request);
            return PayloadJsonWriter.ToCompactJson(request);
        }
    }
}
