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
                RuleMessage message = request.InferenceSpecification is not null ? RuleMessages.MarketplaceWithoutValidation
                    : request.ValidationSpecification is not null ? RuleMessages.MarketplaceWithoutInference
                    : RuleMessages.MarketplaceWithoutEitherSpecification;
                context.Report(message, request, CreateAlgorithmRequest.Members.CertifyForMarketplace.Name);
            }

            foreach (ModelPackageContainerDefinition container in request.InferenceSpecification?.Containers ?? new List<ModelPackageContainerDefinition>())
            {
                if (container?.ModelDataUrl is { } url && !url.EndsWith(".tar.gz", StringComparison.Ordinal))
                {
                    context.Report(RuleMessages.ModelDataNotTarGz, container, ModelPackageContainerDefinition.Members.ModelDataUrl.Name, url);
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
                    context.Report(RuleMessages.DuplicateTagKey, tag, Tag.Members.Key.Name, key);
                }

                if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(RuleMessages.ReservedTagKey, tag, Tag.Members.Key.Name, key);
                }
            }
        }
    }
}
