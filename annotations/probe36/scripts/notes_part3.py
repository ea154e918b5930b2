"""probe36 corpus notes, W15-W20 (plastic surgery, burns unit, surgical wound clinic; all invented)."""

W15 = {"patient_id": "W15", "age": 83, "sex": "M", "notes": [
("2020-12-08", "Burns Assessment", """
Burns assessment - referred from care home via ED
83M, lives in residential care. Staff found a black area on his L heel on Sat; he had been sitting with his feet right up against a fan heater in his room (heater since removed). Poor sensation both feet.
PMHx: ESRD on HD (3x/wk), T2DM on insulin (mixtard BD by care staff), PAD - R fem-pop bypass 2016, dementia (mild).
Wt 70kg, BMI 25.0.
Exam: L heel posterior/plantar dry black eschar, 4x3.5cm, thin dusky purple margin, no blistering, no exudate. Foot cool, no palpable pedal pulses L.
Imp: full thickness contact burn vs calciphylaxis - HD pt, pain pattern and purple rim make me wonder. Ischaemic heel also in the ddx.
Plan: Flamazine? - no, keep dry: betadine paint + offloading. Vascular r/v, arterial duplex. Burns consultant clinic 2 wks.
"""),
("2020-12-22", "Burns Consultant Clinic", """
Consultant burns clinic
L heel eschar unchanged 4 x 3.5 cm, now with a 1 cm band of livedoid purple skin medially.
Duplex: severe tibial disease L, not reconstructable per vascular.
Honest assessment: could be a deep heel burn on an ischaemic foot, or calciphylaxis unmasked by the heat. I cannot tell clinically. Biopsy of a heel with this perfusion risks a non-healing wound - not advised, and family (daughter, LPA) agree not to biopsy.
Plan: conservative, dry eschar care. Possible calciphylaxis flagged to renal - they will optimise phosphate anyway.
"""),
("2021-01-12", "Burns Dressing Note", """
Burns dressings - final visit before transfer to palliative/community team
L heel eschar dry, stable, 4 x 3 cm, no infection.
Cause of the heel necrosis remains uncertain (burn vs ischaemia vs calciphylaxis), not investigated further per family's wishes and goals of care.
Care home to continue betadine + heel offloading boot. Discharged from burns.
"""),
]}

W16 = {"patient_id": "W16", "age": 59, "sex": "F", "notes": [
("2018-11-20", "General Surgery Outpatient Wound Check", """
Wound check - 2 wk post op
Open umbilical hernia repair with onlay mesh, 06/11/2018.
59F, HD (Mon-Wed-Fri), insulin-treated type 2 DM, BMI 42.3.
Incision (periumbilical, 9 cm curved): upper half healed; inferior 3 cm - edge dark and dry, dusky purple skin either side, very tender. Minimal serous ooze, no pus, mesh not exposed.
Imp: ischaemic wound edge necrosis ?calciphylaxis given HD.
Plan: refer plastics/wound clinic, dressings meanwhile.
"""),
("2018-12-04", "Plastic Surgery Clinic", """
Plastics
Peri-umbilical wound: 4 x 2 cm necrotic edge, surrounding violaceous skin 1.5 cm, no retiform pattern as such. Soft, not woody.
Procedure: bedside debridement of necrotic edge with scalpel + 2 punch bx from wound margin.
Ddx: wound edge ischaemia (obesity, tension) most likely; calciphylaxis possible and must be r/o given HD.
Plan: Aquacel Ag, await bx.
"""),
("2019-01-15", "Surgical Wound Clinic", """
Wound clinic
Bx (04/12): fat necrosis, acute inflammation. Pathologist: vessels seen show no calcification, but the sample is superficial - calciphylaxis cannot be excluded.
Pt declined a deeper wedge biopsy.
Wound now 2 x 1 cm, granulating, healing under NPWT; no new purpura.
Summary: aetiology of the incision breakdown not established; calciphylaxis remained on the differential and was never proven or disproven.
D/c NPWT, foam dressing, review 4 wks.
"""),
]}

W17 = {"patient_id": "W17", "age": 66, "sex": "M", "notes": [
("2025-08-05", "Surgical Wound Clinic", """
WOUND CLINIC
66M on PD (CAPD), T2DM - basal insulin, injects R lower abdomen ("always the same spot, it doesn't hurt there"). Previously on warfarin for AF, stopped 2020 after GI bleed, now nil anticoag. BMI 30.0.
C/o tender lump R lower abdomen x 3 wks in the injection area, skin over it has gone a dusky purple w/ a 6mm dark scab.
O/E: R lower quadrant firm subcut nodule, 3x2.5cm, overlying violaceous discolouration + tiny central eschar. No fluctuance. PD exit site L upper quadrant - clean.
Imp: concern for early calciphylaxis at insulin site vs injection-related fat necrosis/lipohypertrophy with ulceration.
Plan: recommended punch bx - pt declines today ("not having anyone cut another bit out of me"). Stop using that area. Photo taken. Review 4 wks.
"""),
("2025-09-02", "Plastic Surgery Telephone Note", """
Phone f/u (referred by wound clinic)
Pt relocated last week to live near his daughter out of state, will transfer renal care there. Photos sent via portal: lesion smaller, scab separating.
Still declines biopsy. Possible calciphylaxis - never confirmed; told him to show the new team and to seek urgent review if the area enlarges or new painful purple patches appear.
D/c from our service.
"""),
]}

W18 = {"patient_id": "W18", "age": 62, "sex": "F", "notes": [
("2022-03-01", "Plastic Surgery Inpatient Consult", """
Plastics consult, Medical Ward 3
Asked by medics re painful black skin L breast + L thigh.
62F, CKD stage 4, eGFR 21, pre-dialysis clinic, LLE DVT dx 18/02/22 - started warfarin 19/02 (no heparin bridge - error noted by team). Not diabetic. BMI 33.1.
Day 4 of warfarin: painful red patches on L breast and L anterior thigh -> haemorrhagic bullae -> now black.
O/E: L breast (LOQ): necrotic plaque 6x5cm, haemorrhagic rim. L anterior thigh: sharply demarcated necrosis 10x7cm.
Impression: this looks to me like warfarin-induced skin necrosis; calciphylaxis (CKD 4) the main alternative.
Plan: warfarin stopped, switched to heparin infusion. Derm bx. Protein C levels.
"""),
("2022-03-08", "Plastic Surgery Progress Note", """
Plastics progress note
Bx (L thigh): dermal + subcut vessel thrombosis without calcification, no calcium on von Kossa staining. Protein C 38% (low).
Derm + haem: warfarin-induced skin necrosis. Calciphylaxis excluded.
L thigh necrosis demarcated; L breast partly.
Plan: theatre for debridement of L thigh, breast to be managed with dressings for now.
"""),
("2022-03-15", "Operative Note", """
Procedure: debridement of L anterior thigh necrosis, application NPWT
Surgeon: Mr O. Fairweather
GA. Full-thickness skin necrosis + subcutaneous fat necrosis excised to healthy bleeding fascia, 11 x 8 cm defect. NPWT 125 mmHg.
Histology sent.
Plan: NPWT changes x2/wk, STSG when bed ready.
"""),
]}

W19 = {"patient_id": "W19", "age": 45, "sex": "M", "notes": [
("2018-08-13", "Burns Assessment", """
Burns assessment
45M, flash/flame burn R forearm + back of R hand lighting a charcoal BBQ w/ lighter fluid yesterday evening.
Depth: superficial partial thickness forearm, mixed SPT/DPT dorsal hand. TBSA 2.5%. No facial/airway involvement.
PMH: T1DM, basal-bolus MDI (glargine + aspart, thighs/abdomen). Renal function normal (Cr 74, eGFR >90). No anticoagulants.
Wt 84 kg, BMI 27.0.
Plan: Acticoat to hand, Mepitel/Allevyn forearm, hand therapy, review 3 days.
"""),
("2018-08-27", "Burns Dressing Clinic", """
Burns dressings day 15
Forearm healed; dorsal hand 1 small area (1 x 1 cm) still open, healthy granulation. Hand therapy going well.
Pt anxious: his sister (on dialysis) had "calciphylaxis" in her legs last year and he read that it can start at burns and wounds. Reassured - examined both legs, abdomen and burn sites: no purpura, no livedo, no necrosis. Normal kidneys. No evidence of calciphylaxis.
Plan: Mepitel to hand, review 1 wk.
"""),
]}

W20 = {"patient_id": "W20", "age": 52, "sex": "F", "notes": [
("2024-04-09", "Plastic Surgery Pre-operative Consultation", """
Plastic surgery consultation - panniculectomy
52F, ESRD, dialyses Tue-Thu-Sat, T2DM on insulin (arms and thighs, not into pannus), BMI 46.8. Large pannus to mid thigh with recurrent intertrigo + cellulitis x3 this year; transplant team requires improved skin integrity before listing.
Exam: grade 4 pannus, macerated inframammary/infrapannus folds, no ulcers, no purpura.
Consent discussion: bleeding, infection, seroma, dehiscence, poor scarring, DVT/PE, and - because she is on dialysis - a risk of calciphylaxis developing in the incisions, which would be serious. Pt understands and wishes to go ahead.
Plan: list for panniculectomy.
"""),
("2024-06-04", "Operative Note", """
Procedure: panniculectomy (transverse low abdominal, fleur-de-lis not needed)
Surgeon: Dr R. Villanueva. Anaesthesia: GA, epidural declined.
Resected pannus 9.6 kg. 2 x 19Fr drains. Closure in layers (0 PDS Scarpa, 2-0 Monocryl dermis, staples skin). Binder applied.
EBL 400 mL. Plan: HD tomorrow per renal, drains out when <30 mL/day.
"""),
("2024-07-02", "Surgical Follow-up Clinic", """
Post-op clinic 4 wks
Incision healed except 2 x 1 cm superficial dehiscence at R lateral end, pink granulating base - treating with silver alginate.
Skin edges pink; nothing dusky, purpuric or eschar-like; nothing to suggest calciphylaxis.
Drains removed wk 2. Weight down, BMI 44.1.
Review 4 wks.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
