"""The cluster step of docs/SCALE.md: GDELT event files in, month-partitioned Parquet rows out.

    spark-submit scripts/scale/spark_aggregate.py \
        --sql scripts/scale/aggregate.sql \
        --input 's3a://my-bucket/gdelt/events/*.export.CSV' \
        --output s3a://my-bucket/entente/gdelt-monthly \
        --max-pairs 10000

It runs the same aggregate.sql as the DuckDB step (the file sticks to the SQL both engines accept) over
the view gdelt_events, and writes one Parquet folder per month (month=YYYY-MM/part-*.parquet).
`npm run scale:aggregate -- --rows <that folder, copied locally> --out gdelt.json.gz` turns the rows
into an Entente dataset, validated by the app's own validator.
"""
import argparse
import re

from pyspark.sql import SparkSession
from pyspark.sql import functions as F


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sql", required=True, help="path to aggregate.sql")
    parser.add_argument("--input", required=True, help="GDELT event files: headerless TSV, globs and .gz")
    parser.add_argument("--output", required=True, help="folder for the Parquet rows")
    parser.add_argument("--max-pairs", type=int, default=10000, help="keep the busiest N country pairs")
    args = parser.parse_args()
    if args.max_pairs < 1:
        parser.error("--max-pairs must be a positive whole number")

    spark = SparkSession.builder.appName("entente-gdelt-monthly").getOrCreate()
    # Every column as a string, so CAMEO codes keep their leading zero; GDELT does not quote fields.
    raw = spark.read.csv(args.input, sep="\t", header=False, quote="", inferSchema=False)
    raw.select(
        F.col("_c1").alias("day"),
        F.col("_c7").alias("actor1"),
        F.col("_c17").alias("actor2"),
        F.col("_c26").alias("event_code"),
        F.col("_c30").cast("double").alias("goldstein"),
    ).createOrReplaceTempView("gdelt_events")

    with open(args.sql, encoding="utf-8") as f:
        sql = re.sub(r"/\*max_pairs\*/\d+", str(args.max_pairs), f.read())
    rows = spark.sql(sql)
    rows.write.mode("overwrite").partitionBy("month").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
