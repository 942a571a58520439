import { BilingualNotice } from "./_components/bilingual-notice";

export default function Forbidden() {
  return <BilingualNotice keys={{ title: "forbiddenTitle", text: "forbiddenText", link: "backToDashboard" }} href={() => "/admin"} />;
}
