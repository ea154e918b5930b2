"""probe200 corpus notes, B08-B14 (vascular surgery / limb salvage and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 60, "sex": "M", "notes": [
("2022-11-10", "Vascular Surgery Operative Note", """
OPERATIVE NOTE - VASCULAR SURGERY
Date of surgery: 11/08/2022
Procedure: R transtibial amputation, long posterior flap (Burgess).
Indication: wet gangrene R forefoot, no reconstructable tibial target on angio 11/2
(TBI unobtainable, AT/PT/peroneal all shut at the ankle).
Findings: muscle bled briskly and contracted at the cut; tibia divided 12 cm under the
joint line and bevelled anteriorly, fibula 1.5 cm shorter. Nerves on traction, tied, cut.
Closure: 2-0 vicryl to fascia, skin stapled, soft dressing then removable rigid dressing.
EBL 150 mL.
PMH: ESRD; dialyzes off a L brachiocephalic AVF; DM2, insulin-requiring; HTN; CAD (stent 2018).
Pre-op wt 88kg -> BMI 27.7.
Plan: HD tomorrow per nephrology; stump check POD 3; PT for transfers.
"""),
("2023-01-10", "Amputee Clinic and Prosthetic Delivery", """
AMPUTEE / LIMB SALVAGE CLINIC - w/ prosthetist (C. Arbuthnot, CPO)    Jan 10 2023
60M, 9 wks s/p R BKA. Residual limb healed, staples out 11/29, incision flat, no
breakdown, shape conical.
Prosthesis DELIVERED today: R transtibial, PTB socket w/ pelite liner, single-axis side joints
and a leather thigh corset laced around the R distal thigh for extra stability (pt has weak
quads + poor balance).
Donned w/ assist; corset laced snug at about a hand above the patella. Walked 30 ft in bars
w/ CGA.
Wearing schedule: 1 h on / 1 h off, building up. Check skin at socket brim and corset edge
twice a day.
Blood sugars 120s-230s on insulin.
RTC 4 wks, PT 2x/wk.
"""),
("2023-04-25", "Hemodialysis Rounding Note", """
HD rounding note 4/25/23 - 1st shift, chair 6
60M, ESRD, R BKA w/ prosthesis.
c/o new extremely painful black-centred plaque on the R distal lateral thigh, present since
Easter Sunday and worse each week. It lies in the band where the leather thigh corset of
his prosthesis laces - he has been wearing the leg all day for the past month.
Exam: R thigh, distal/lateral: firm purple plaque 4x3cm, eschar ~1cm, lacy purpura around the
edge. Residual limb itself intact.
Labs: PTH 1040pg/mL (!!), phos 7.8mg/dL, Ca 9.6mg/dL, albumin 3.3g/dL.
Run today: UF 3.1 L, BP stable.
A/P: concern for calciphylaxis in a pressure area. Asked him to leave the prosthesis off.
Derm consult placed, stop calcium-based binder.
"""),
("2023-05-04", "Dermatology Consult", """
DERMATOLOGY CONSULT - 05/04/2023
Pt: 60 yo M on HD, insulin-treated DM2, R BKA Nov 2022.
Lesion: R distal lateral thigh, onset Easter weekend (4/9/23), today 4.5x3.5cm, eschar.
Path (deep punch 4/27/23): arterioles within the fat show calcium + thrombus, with adipose
necrosis next to them - diagnostic.
Impression: calciphylaxis confined to the skin his prosthetic thigh corset squeezed.
Plan: STS on dialysis days; prosthetist to remove the corset and refit a suction suspension;
wheelchair meanwhile. Post-dialysis gabapentin 100mg to help the pain.
Weight 83kg, BMI 26.1.
"""),
]}

B09 = {"patient_id": "B09", "age": 69, "sex": "F", "notes": [
("2021-02-25", "Vascular Surgery Discharge Summary", """
DISCHARGE SUMMARY - vascular surgery
Admitted 2/21/21, discharged 2/25/21.
Procedure 2/22/21: R CFA-AK popliteal bypass using in-situ... correction: reversed R GSV,
harvested through three skip incisions on the R medial thigh.
Indication: R heel ulcer (healing now) + rest pain, TBI R 0.16.
Post-op: graft pulse palpable, R DP 1+. R thigh skip incisions dry, staples in place.
PMH: ESRD (L forearm loop graft, second shift TTS); DM2 - detemir 30 units twice daily;
obesity; HTN; hypothyroid.
Vitals: BP 150/80, HR 76, afebrile. Wt 97kg, BMI 35.8.
Meds: ASA, clopidogrel, atorvastatin, insulin, levothyroxine, sevelamer. No anticoagulant.
F/u vascular clinic 3 mo w/ graft duplex.
"""),
("2021-05-11", "Vascular Surgery Clinic Follow-up", """
Vasc clinic - graft surveillance   May 11, 2021
69F, 11 wks s/p R fem-AK pop bypass.
Graft duplex: PSV 55-80 cm/s, no focal velocity shift; R ABI 0.92. Heel ulcer healed.
R medial thigh skip incisions healed, no erythema.
NEW: painful, hard, darkening area, L inner thigh, present since April. No surgery, needles or
injury to the left leg per patient; insulin goes into her belly.
Exam: L thigh, medial, mid-third: violaceous plaque 7x5cm, retiform edge, beginning to
necrose centrally. Warm, very tender.
BMI 35.8
A/P: graft fine. L medial thigh plaque, obese insulin-using dialysis pt -> need to exclude
calciphylaxis; sending to derm for bx.
"""),
("2021-05-20", "Dermatology Consult", """
Dermatology consult 5/20/2021
69 yo woman, HD, insulin-dependent DM2.
Path (5/14/21, incisional, L medial thigh): calciphylaxis - calcified arteriolar walls deep to
the dermis, thrombosis, septal + lobular adipose necrosis.
Exam today: L medial thigh, plaque 8x5cm now eschar-topped. R thigh: healed bypass skip
incisions, skin pristine. Abdomen where she injects: unremarkable.
Impression: calciphylaxis, L medial thigh - the leg opposite her bypass.
Plan: STS 25g with HD; calcium carbonate stopped; wound care clinic; palliative care intro
for pain. Her husband asked whether the leg might need amputating - not at all, the arteries
to that thigh are fine; explained what we know and don't know about prognosis.
"""),
]}

B10 = {"patient_id": "B10", "age": 72, "sex": "M", "notes": [
("2020-03-17", "Nephrology PD Clinic", """
PD clinic 3/17/2020
72M on CAPD, four 2L exchanges/day. Diabetes is diet-controlled (A1c 6.4), never needed
insulin.
CC: tender purplish hard area in the fold of the R lower belly since early March.
Exam: R lower abdominal pannus, below the belt line, indurated dusky plaque 8x6cm, net-like
purple border, no eschar yet. No other skin findings.
Ht 175 cm, Wt 119 kg, BMI 38.8.
Labs: PTH 540 - Ca 10.0mg/dL - PO4 6.9 - alb 3.3
Impression: worrisome for calciphylaxis (obese, PD, high phosphate). Derm ASAP. Switch calcium
acetate to lanthanum.
Also c/o L buttock/thigh claudication - vascular referral already in (L CIA stenosis on
CTA).
"""),
("2020-03-26", "Dermatology Consult", """
DERM CONSULT 26 Mar 2020
Pt: 72M, PD.
Lesion: R lower abdominal pannus since early Mar 2020; now a 1cm black eschar centrally w/
retiform purpura surrounding.
Bx (3/19/20, deep incisional): calcific arteriolopathy of the subcutis w/ luminal thrombus
and fat necrosis; vessel-wall calcium black on von Kossa.
Dx: R lower abdominal calciphylaxis, tissue-proven.
Exam: purpura now 9x7cm around the eschar; thighs, buttocks, arms clear. Handout on the
diagnosis given, questions answered.
Plan: IV STS Mon-Wed-Fri, infusion center; wound RN for dressings (alginate +
foam); no injections into the belly wall if at all possible.
"""),
("2020-04-06", "Vascular Surgery Inpatient Progress Note", """
VASC SURG PROGRESS NOTE   04/06/2020   HD#5
S: L buttock claudication resolved w/ ambulation in hall. Abdominal plaque still painful.
O: s/p L CIA stent (8 x 39 balloon-expandable) 4/2/20 via L CFA, Mynx closure; L groin soft.
L femoral pulse 2+. ABI L 0.98.
Enoxaparin 40 mg SC daily has been given into the abdominal wall since admission (4/2) for
DVT ppx - RN notes injections went into both lower quadrants.
R lower abdominal calciphylaxis plaque (dx 3/19 bx) unchanged in size from his admission
photos; dressings per wound RN.
Vitals: T 37.0 BP 132/76 HR 80. BMI 38.8
A/P: good stent result. Stop enoxaparin - ambulating, and no more injections into that
abdomen. D/c home tomorrow, resume CAPD, STS per nephrology.
"""),
]}

B11 = {"patient_id": "B11", "age": 57, "sex": "F", "notes": [
("2018-09-11", "Wound Clinic Initial Visit", """
Wound clinic - initial   09/11/2018
57F, HD MWF, DM2 on glargine 40 u qhs (injects the abdomen), BMI 42.3.
Wound: L lateral thigh, noticed late August as a painful purple knot that broke down.
Now 6.0x4.2cm, depth 0.4, eschar ~70% black, remainder yellow slough; retiform purpura
surrounds it; pt flinches at light touch.
Pulses: fem 2+, DP/PT 1+ bilat. ABI 1.05 (R), 0.98 (L).
Procedure: purpuric rim sampled w/ a 4mm punch under 1% lido, single stitch.
Dressing: Ca-alginate rope + bordered foam, HD unit nurse to change qod.
Impression: ?calciphylaxis vs pyoderma vs vasculitis. Await path.
"""),
("2018-09-20", "Dermatology Consult", """
DERMATOLOGY - consult note 9/20/18
57 yo F; HD; DM2 on insulin; BMI >40.
Path (punch 9/11/18, L lateral thigh): calcified media, small vessels of the subcutis;
intravascular thrombi; fat necrosis. Picture fits calciphylaxis.
Today the L lateral thigh ulcer is now 6.5x4.5cm, more eschar. Bx site at the edge healing.
No other lesions; abdomen (insulin sites) and R thigh clear.
Plan: L lateral thigh calciphylaxis -> STS w/ HD. Recommend surgical debridement once
demarcated - will ask vascular. Never on warfarin.
"""),
("2018-10-02", "Vascular Surgery Operative Note", """
OPERATIVE NOTE - vascular surgery   10/02/2018
Pre/post-op dx: calciphylaxis, L lateral thigh, necrotic ulcer w/ infected slough.
Procedure: excisional debridement of L lateral thigh wound to and including subcutaneous
fat; 7.5x5.0cm before, 8.0x5.5x1.5cm after. NPWT (VAC) applied, -125 continuous.
Findings: gritty, calcified subcutaneous vessels, no fascial involvement, no pus tracking.
Specimens: tissue cx.
Anesth: GA/LMA. EBL 40 mL.
Pt tolerated well. VAC changes on her dialysis days by wound RN. Insulin sliding scale
inpatient, resume glargine into the abdomen as at home.
BMI 41.7
"""),
]}

B12 = {"patient_id": "B12", "age": 64, "sex": "M", "notes": [
("2019-06-04", "Angiography Procedure Note", """
DIAGNOSTIC ANGIOGRAM - L LOWER EXTREMITY   06/04/2019
Indication: L calf claudication 100 m, ABI L 0.68.
Anticoag: warfarin (mechanical AVR) held x5d, INR 1.3 this am; cardiology managed bridge.
Access: L CFA retrograde, micropuncture under US, 4 Fr sheath.
Findings: L SFA diffuse disease w/o hemodynamically significant focal lesion; AT occluded
mid, PT + peroneal to the foot. No intervention.
Closure: Angio-Seal 6 Fr after upsizing, good hemostasis. Bedrest 2 h.
Post: L groin soft, DP doppler signals unchanged.
PMH: ESRD, R forearm AVF for dialysis; mechanical AVR (warfarin); HTN. Not diabetic.
BMI 29.5, overweight.
Plan: supervised exercise therapy; restart warfarin tonight.
"""),
("2019-07-23", "Vascular Surgery Clinic Follow-up", """
Vasc clinic 7/23/19
64M, f/u after L diagnostic angio 6/4.
Walking program: 3x/wk, claudication distance up to 250 m.
NEW: very painful purplish plaque high on the L inner thigh, began early July.
Exam: L groin: puncture healed, no lump, no bruit. Separately, on the L proximal medial thigh,
roughly 8cm below the inguinal crease, a stellate violaceous plaque 4x3cm w/ central eschar;
skin between it and the groin is normal.
INR 2.8. Wt 88 kg, BMI 29.5.
A/P: plaque on the upper thigh, clearly separate from the access site. HD pt on warfarin -
rule out calciphylaxis. Derm referral. Exercise program continues.
"""),
("2019-08-01", "Dermatology Consult", """
Dermatology   Aug 1 2019
64 y/o M, hemodialysis, anticoagulated w/ warfarin because of a mechanical aortic valve.
Lesion L proximal medial thigh since early 07/2019.
Path (punch 7/26/19): calcium-laden subcutaneous arterioles w/ thrombi amid necrotic fat
= calciphylaxis.
Exam: lesion is on the thigh, well below the groin; the 6/4 puncture site is normal skin.
Impression: calciphylaxis, L proximal medial thigh.
Plan: STS w/ HD; the valve needs warfarin (cardiology) - aim at the low end of range, add
vitamin K2 per nephrology; wound care.
"""),
]}

B13 = {"patient_id": "B13", "age": 61, "sex": "F", "notes": [
("2026-01-13", "Nephrology PD Clinic", """
PD CLINIC  01/13/2026
61F on CCPD. DM2, linagliptin; HbA1c up to 7.9 - endocrinology floated insulin for later on;
not using any yet.
CC: painful purple net-pattern patches over both calves since New Year's Day.
Asked specifically - no knocks, bites, heat pads, ice, new creams or new injections.
Exam: retiform purpura of the back and outer aspect of both calves, largest 6cm on the L w/
a small dusky center; R 4cm. Exit site clean.
Labs: PTH 760 | PO4 6.4 | Ca 9.8 | alb 3.0
88.5kg / 163.8cm = BMI 33.0
A/P: possible calciphylaxis. Derm urgent.
"""),
("2026-01-20", "Dermatology Consult", """
DERM consult - 20 Jan 2026
61 yo F, PD, obese, DM2 (not on insulin).
Onset of calf lesions ~1 Jan 2026, both legs.
Path (deep punch L posterior calf, 1/15/26): mural calcification of panniculus arterioles,
thrombi, adipocyte necrosis. Calciphylaxis.
Exam: L posterior calf, 6.5cm retiform plaque, dusky center 1.5cm; R lateral calf 4cm
purpuric patch. Thighs, abdomen, arms spared.
Trauma to the legs: none - asked again today, she denies any.
Impression: calciphylaxis, bilateral calves.
Plan: STS via infusion center; avoid warfarin; vascular to assess arterial supply before any
wound procedure.
"""),
("2026-02-03", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT   2/3/26
Asked to assess perfusion for bilat calf calciphylaxis wounds.
NIVL today: ABI R 0.91 / L 0.88, triphasic DP/PT; toe-brachial R 0.72, L 0.70. Duplex: no
hemodynamically significant disease.
Exam: calf wounds as described by derm, eschar forming on the L.
BMI 33.0
A/P: perfusion adequate; no role for angiography or revascularization now. If she ever
needs an angiogram, access from the arm. Please NO compression wraps on these legs. Should
she be admitted, put DVT prophylaxis into the belly - never thighs or calves.
"""),
("2026-02-24", "Wound Care Note", """
WOUND CARE   02/24/2026
Bilat calf calciphylaxis wounds, wk 5.
L posterior calf: 6.2x4.1cm, eschar 60%, slough 40%, periwound purple.
R lateral calf: 3.8x2.9cm, eschar 100%, dry.
Pain 6/10 on gabapentin + hydromorphone.
Denies any new bumps or scratches. Edges still an angry violet; photos uploaded to chart.
Albumin 3.0 -> protein shake twice a day, dietitian aware.
Plan: no sharp debridement today - only gentle cleansing, honey alginate to the L, R left
dry, bordered silicone foam. If eschar lifts, may consider enzymatic debridement.
Next visit 2 wks.
"""),
]}

B14 = {"patient_id": "B14", "age": 70, "sex": "M", "notes": [
("2020-06-16", "Limb Salvage Clinic Follow-up", """
LIMB SALVAGE CLINIC   06/16/20
70M, HD (M-W-F), DM2 using NPH twice daily, CAD. Took warfarin for an LV thrombus until
2015, then stopped.
Problems:
1) L hallux amputation 5/19/20 for wet gangrene - site not healing, 2.1x1.5cm, pale base,
no granulation. TBI L 0.12, TcPO2 forefoot 18 mmHg -> ischemic.
2) R heel: stage 3 pressure injury from lying in the hospital bed in May, 2.5x2cm, pink
base w/ slough, offloading boot now.
ABI noncompressible. Angio: L AT/PT occluded, peroneal patent.
Wt 76 kg, BMI 25.2
Plan: L peroneal angioplasty 6/23; heel offloading; WBAT in post-op shoe.
"""),
("2020-07-07", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT  7/7/2020
Admitted 6/30 for sepsis from an HD catheter infection (line since removed).
Asked to see painful lesions on both flanks, noticed about 2 weeks ago.
Exam: R and L flanks, multiple stellate purpuric plaques 2-5cm, eschar-capped, firm;
none on the abdomen, arms or buttocks. L hallux amputation wound: pale, dry, ischemic
appearance. R heel: clean pressure injury w/ granulation.
Path (punch L flank 7/3): calciphylaxis.
Meds: heparin 5000u SC q8h - nurses rotate it between both upper arms, over triceps (flanks
and belly avoided); insulin.
Impression: calciphylaxis, bilateral flanks. The toe wound and the heel ulcer are an ischemic
wound and a pressure injury, not calciphylaxis.
Plan: sodium thiosulfate with dialysis; wound team.
"""),
("2020-07-21", "Wound Care Note", """
Wound care - inpt, 07/21/20
1) Bilat flank calciphylaxis plaques: largest L 5x4cm, eschar stable, no drainage.
   Dressings: xeroform + ABD pad daily.
2) L hallux amp site: improving after the 6/23 peroneal PTA, granulation 40%.
3) R heel pressure injury: 2.0x1.6cm, 90% granulation.
Upper arms where the heparin goes - scattered small bruises, nothing necrotic.
Pain controlled. Tolerating HD via new tunneled line. Albumin 2.6, dietitian following,
nepro supplements w/ meals. Daughter visiting, updated at bedside.
Plan: continue; heel offloading boot; PT.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
