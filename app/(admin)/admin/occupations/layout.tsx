import "./occupations.css";

export default function OccupationsAdminLayout({ children }: { children: React.ReactNode }) {
  return children;
}
