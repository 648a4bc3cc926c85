#!/usr/bin/env bash
# Uploads build/ to the Amazon S3 + CloudFront host of deploy/cloudfront.template.json (README, "Deploy").
# Usage: scripts/deploy-s3.sh STACK_NAME, after `SITE_URL=https://… npm run build`, with the AWS CLI v2 signed
# in to the stack's account. What goes where, with which metadata, is decided by scripts/deploy-plan.mjs (tested
# in tests/build/deploy-s3.test.ts, against a stand-in `aws`) from deploy/headers.json: hashed files immutable, everything else
# revalidated (no-cache), Pagefind's gzipped binary files as application/octet-stream.
set -euo pipefail
cd "$(dirname "$0")/.."

stack=${1:?usage: scripts/deploy-s3.sh STACK_NAME}
if [ ! -f build/index.html ] || [ ! -f build/404.html ]; then
  echo 'No complete build: run `SITE_URL=https://… npm run build` first.' >&2
  exit 1
fi
# 1. The committed template must be the generated one, and the stack must run it: the object metadata below is
#    only right for the cache behaviors and headers policy of this template.
node scripts/cloudfront-template.mjs --check
deployed=$(mktemp)
trap 'rm -f "$deployed"' EXIT
aws cloudformation get-template --stack-name "$stack" --template-stage Original --output json > "$deployed"
node scripts/deploy-plan.mjs compare-template "$deployed"

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
distribution_id=$(output DistributionId)
declare -A bucket
bucket[SiteBucketName]=$(output SiteBucketName)
bucket[EnglishBucketName]=$(output EnglishBucketName)

# 2. Per bucket, hashed files first (so that no page online names a file not uploaded yet), then everything
#    else. `aws s3 sync` uploads only new or changed files, so it would leave an unchanged file with the metadata
#    of an older deploy/headers.json: when a group's sample object online has other metadata than the group's,
#    every file of the group is uploaded again (`aws s3 cp`), which rewrites its metadata. REFRESH_METADATA=1
#    does that for every group (after a change of which paths a rule covers, which one sample may not show).
while IFS=$'\t' read -r -a group; do
  output_key=${group[0]} dir=${group[1]} prefix=${group[2]} cache_control=${group[3]} content_type=${group[4]}
  sample=${group[6]}
  if [ "$prefix" = - ]; then prefix=''; fi
  target="s3://${bucket[$output_key]}${prefix:+/$prefix}"
  filters=(--exclude '*')
  for file in "${group[@]:7}"; do filters+=(--include "$file"); done
  metadata=(--cache-control "$cache_control")
  if [ "$content_type" != - ]; then metadata+=(--content-type "$content_type"); fi
  online=$(aws s3api head-object --bucket "${bucket[$output_key]}" --key "$sample" \
    --query '[CacheControl, ContentType]' --output text 2>/dev/null || echo missing)
  expected_type=$content_type
  if [ "$content_type" = - ]; then expected_type=$(echo "$online" | cut -f2); fi
  if [ "${REFRESH_METADATA:-}" = 1 ] || { [ "$online" != missing ] && [ "$online" != "$cache_control"$'\t'"$expected_type" ]; }; then
    echo "Metadata changed ($sample: $online): uploading the whole group again."
    aws s3 cp "$dir" "$target" --recursive "${filters[@]}" "${metadata[@]}" --only-show-errors
  else
    aws s3 sync "$dir" "$target" "${filters[@]}" "${metadata[@]}" --only-show-errors
  fi
done < <(node scripts/deploy-plan.mjs groups)

# 3. Files gone from the build are deleted (every file left was uploaded above, so this sync only deletes).
#    Hashed files are kept for readers whose pages are older than this upload; the buckets are versioned, so a
#    deletion can be undone for 30 days (README, "Deploy").
while IFS=$'\t' read -r -a sync; do
  prefix=${sync[2]}
  if [ "$prefix" = - ]; then prefix=''; fi
  excludes=()
  for pattern in "${sync[@]:3}"; do excludes+=(--exclude "$pattern"); done
  aws s3 sync "${sync[1]}" "s3://${bucket[${sync[0]}]}${prefix:+/$prefix}" --delete "${excludes[@]}" --only-show-errors
done < <(node scripts/deploy-plan.mjs deletions)

# 4. CloudFront's edge caches keep copies by their own TTL: drop them (hashed files never change).
aws cloudfront create-invalidation --distribution-id "$distribution_id" --paths '/*' --query Invalidation.Id --output text
