#nullable enable
using System;
using System.Collections.Generic;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>AG04xx: marketplace certification and tags.</summary>
    internal static class InferenceAndTagRules
    {
        public static void Check(RuleContext context)
        {
            CreateAlgorithmRequest request = context.Request;
            if (request.CertifyForMarketplace == true && (request.ValidationSpecification is null || request.InferenceSpecification is null))
            {
                string missing = request.ValidationSpecification is null && request.InferenceSpecification is null
                    ? "a validation specification and an inference specification"
                    : request.ValidationSpecification is null ? "a validation specification" : "an inference specification";
                context.Report(RuleCatalog.MarketplaceWithoutSpecifications, request, CreateAlgorithmRequest.Members.CertifyForMarketplace.Name,
                    "CertifyForMarketplace is set but the algorithm lacks " + missing + "; AWS Marketplace listing needs both. Add them or leave CertifyForMarketplace unset.");
            }

            foreach (ModelPackageContainerDefinition container in request.InferenceSpecification?.Containers ?? new List<ModelPackageContainerDefinition>())
            {
                if (container?.ModelDataUrl is { } url && !url.EndsWith(".tar.gz", StringComparison.Ordinal))
                {
                    context.Report(RuleCatalog.ModelDataNotTarGz, container, ModelPackageContainerDefinition.Members.ModelDataUrl.Name,
                        "ModelDataUrl '" + url + "' \"must point to a single gzip compressed tar archive (.tar.gz suffix)\"; point it at the model's .tar.gz.");
                }
            }

            if (request.Tags is null)
            {
                return;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (Tag tag in request.Tags)
            {
                if (tag?.Key is not { } key)
                {
                    continue;
                }

                if (!keys.Add(key))
                {
                    context.Report(RuleCatalog.DuplicateTagKey, tag, Tag.Members.Key.Name, "Tag key '" + key + "' is used more than once; tag keys must be unique per resource.");
                }

                if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(RuleCatalog.ReservedTagKey, tag, Tag.Members.Key.Name, "Tag key '" + key + "' starts with 'aws:', which AWS reserves; choose another key.");
                }
            }
        }
    }
}
