-- POST /api/submissions/U001 with the .docx named by the FORM environment variable.
local fh = assert(io.open(os.getenv("FORM"), "rb"))
local body = fh:read("*a")
fh:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
wrk.body = body
wrk.path = "/api/submissions/U001"
