"""probe182 corpus notes, B08-B14 (fertility and reproductive endocrinology and the clinics around it; all invented)."""

B08 = {"patient_id": "B08", "age": 40, "sex": "M", "notes": [
("2017-08-15", "Male Fertility Consult (REI Clinic)", """
ANDROLOGY / MALE FERTILITY CONSULT
40M, partner (38F) followed by Dr. Whitcombe. Azoospermia on 2 semen analyses (vol 2.8 mL,
no sperm in the spun pellet). FSH 24, T 290, LH 12. Karyotype 46,XY, Y-microdeletion neg.
PMH: kidney failure from diabetic nephropathy, hemodialysis 3x weekly via L forearm fistula, T2DM on insulin
(Levemir 40 u, Humalog w/ meals), HTN. Wt 102 kg, BMI 31.5. No anticoagulants.
Exam: testes soft, ~10 mL bilat, vasa present bilat, no varicocele.
Dx: likely NOA. Plan: micro-TESE w/ cryo, timed w/ partner's cycle; surgery on a non-HD day.
Counselled: sperm found in roughly half of men w/ NOA.
"""),
("2017-09-12", "Operative Note - Micro-TESE", """
OPERATIVE NOTE 9/12/2017
Procedure: L microdissection testicular sperm extraction (micro-TESE) w/ cryopreservation.
Anesth: GA, LMA. Surgeon Dr. Whitcombe; asst Dr. Iyer (fellow).
Findings: through a 3 cm transverse L hemiscrotal incision the tunica albuginea was opened
equatorially; tubules mostly atrophic, a few dilated tubules harvested under the scope. Rare
motile sperm seen by the embryologist in the OR -> 6 vials frozen. R side not explored.
Closure: tunica 5-0 prolene running, dartos 4-0 chromic, skin 4-0 chromic interrupted.
EBL 10 mL. Fluffs dressing. Cefazolin pre-incision.
Dispo: home same day, dialysis tomorrow as scheduled. Scrotal check at 2 wks.
"""),
("2017-12-05", "Urology Clinic - Unscheduled", """
Urology clinic - unscheduled
Pt back because of a painful blackened patch, left hemiscrotum, present since Thanksgiving.
Incision had healed fine at his 2 wk check. Today: dry black eschar 2.5x2cm centered on the
L hemiscrotal incision line, surrounded by purple mottled skin, exquisitely tender. Penis and
R hemiscrotum nl.
No fever, WBC 8.1. Scrotal US: testes perfused, no abscess, vascular calcifications noted.
Given ESRD + DM on insulin, concerned for calciphylaxis in the surgical scar. Referred to derm
for bx; d/w nephrology.
"""),
("2017-12-14", "Dermatology Note - Biopsy Result", """
Derm - bx results
Punch bx L scrotum (12/7): Ca++ encrusting small dermal/subcutaneous vessel walls, thrombi,
necrosis -> calciphylaxis, localized to the micro-TESE incision on the L hemiscrotum.
Plan: sodium thiosulfate infused during each dialysis; nephrology to intensify dialysis and switch binder;
local wound care w/ petrolatum gauze; urology following, no debridement for now.
Partner's IVF with the frozen TESE sperm deferred until he has healed.
Pain: oxycodone 5 mg prn, renally cautious. Pt and partner updated by phone.
Weight 99.6 kg (BMI 30.8).
"""),
]}

B09 = {"patient_id": "B09", "age": 37, "sex": "F", "notes": [
("2016-05-03", "REI Nurse Note - FET Teaching", """
RN NOTE - FET calendar/teaching
37F, ESRD on HD (polycystic kidney dz) MWF, L-sided sciatica s/p L hip arthroscopy 2014.
PIO 1 mL IM nightly to start 5/5/16; pt wants every shot on the RIGHT side only ("the left hip
and butt already hurt all the time") - ok'd, rotate within the R upper outer quadrant.
Estradiol valerate 4 mg IM q3d also into the R glute. Transfer 5/10.
BMI 26.0. Not diabetic. No warfarin.
Husband observed and gave a practice injection into the orange. Both confident.
-- T. Ferreira RN
"""),
("2016-06-14", "Dermatology Consult", """
Derm consult - painful L buttock
37F on HD, 7w IVF pregnancy, PIO ongoing since 5/5 (right side only per pt and husband).
Lesion began ~10 days ago on the L upper buttock: dusky violaceous indurated plaque 5x4cm,
central stellate eschar, livedo racemosa border. R buttock: several small healing injection
bruises, no induration, no purpura.
Impression: calciphylaxis very likely -> bx today.
Plan: 6 mm punch L buttock, routine stains plus calcium stain. Foam dressing. Nephrology aware.
Analgesia: acetaminophen scheduled; avoid NSAIDs in pregnancy.
"""),
("2016-06-21", "Nephrology Note - HD Rounds", """
Nephro (HD rounds)
Path 6/14: subcutaneous arterioles w/ medial calcium, luminal fibrin, fat necrosis around them ->
calciphylaxis (L buttock).
Pt recalls no trauma to the L side: no shots, falls, heat or ice there; she sits tilted to the
R because of the L sciatica.
Plan: STS w/ HD, cinacalcet, dialysate Ca 2.0, stop calcium carbonate; wound care referral;
OB/MFM updated. Phosphorus 7.8 last week - dietitian to review her binder timing with meals.
Pre-HD BP 140/86, wt 71 kg. Access: AVF patent, good bruit.
"""),
]}

B10 = {"patient_id": "B10", "age": 35, "sex": "F", "notes": [
("2024-09-09", "IVF Monitoring Visit", """
Monitoring stim day 6
35F, ESRD on CAPD (PD catheter exit R lower quadrant), T2DM (diet, no pills or insulin; HbA1c 6.2%),
BMI 34.8.
Meds: Gonal-f 300 IU + Menopur 150 IU SC qPM since 9/4, ganirelix added today. All shots go in
periumbilically per pt, 1-2 inches around the navel, "I keep them away from my catheter".
TVUS: 18 follicles, largest 13 mm bilat. EMS 7.0. E2 1,240.
Plan: same doses, RTC 9/11 for US + E2. Reviewed OHSS warning signs and when to call,
esp. given PD (watch drain volumes, abdominal distension).
"""),
("2024-10-08", "Dermatology Consult", """
DERM CONSULT
35F PD pt, s/p retrieval 9/15 (21 eggs) -> freeze-all. Painful lesion on the L flank for ~2 wks.
Exam: L posterolateral flank below the costal margin, 6x5cm retiform purpura, ulcerated and
eschar-covered centrally. Periumbilical skin: small faded bruises, no nodules or purpura.
Catheter exit healthy.
The flank lesion sits about a hand's breadth lateral to where she injected, outside the
injection field.
Impression: calciphylaxis (bx 10/3: vascular calcification + thrombi, von Kossa +). Not at the
injection sites.
"""),
("2024-10-15", "Nephrology PD Clinic", """
PD clinic
Calciphylaxis L flank, bx-proven. STS IV 3x/wk started 10/10, tolerating w/ some nausea,
ondansetron before each dose helps.
PD Rx changed to low-Ca dialysate, added icodextrin for the long dwell. Sevelamer w/ meals;
calcitriol stopped; cinacalcet begun.
Diabetes still diet-only, home sugars 110s. No insulin, no anticoagulants.
Wound: dressings by home health 3x/wk. Pain controlled on scheduled acetaminophen + low-dose
hydromorphone.
REI asks whether a future FET is reasonable: not until healed and off STS.
BMI 34.5 today (wt 93.1 kg). REI aware; embryos remain frozen.
"""),
]}

B11 = {"patient_id": "B11", "age": 39, "sex": "F", "notes": [
("2025-01-21", "Dermatology - New Patient", """
Derm - new pt
39F, ESRD on HD (HTN nephrosclerosis), in IVF (embryos frozen 11/2024), heterozygous FVL.
Sore area of the R front thigh since New Year's Day - "I thought I'd bumped it at the
party, but I honestly don't remember bumping anything".
Exam: R anterior mid-thigh firm violaceous plaque 4x3cm w/ a livedoid net and a central
dusky area. L thigh normal. No bruising elsewhere.
Plan: 2 punch bx today, r/o calciphylaxis vs panniculitis. Will call w/ results.
BMI 29.9, overweight.
"""),
("2025-02-04", "Dermatology - Biopsy Follow-up", """
Derm f/u
Bx 1/21 R thigh: calcific arteriolopathy of the subcutaneous vessels, thrombosed, fat
necrosis adjacent -> calciphylaxis.
Lesion today 5x4cm w/ a black center, rim more tender. Pain 7/10.
Plan: STS via nephrology with HD; hydrocolloid over the eschar, change every third day;
gabapentin 100 mg post-dialysis. Photos uploaded to the chart for comparison.
Husband asks about sleeping position - fine as tolerated. Pt asks if IVF can go on - defer
to REI/nephro; would favor any anticoagulant injections being placed away from the lesion.
"""),
("2025-02-18", "REI Visit - FET Preparation", """
REI - FET prep
39F, ESRD on HD, calciphylaxis R thigh (bx-proven 1/2025, on STS).
Heme recommended prophylactic-dose Lovenox once a day for the FET given FVL; pt started it on
2/10/25 and injects into both thighs (her belly is "too tender" from the estrogen patches),
keeping a few inches from the R thigh eschar.
Estradiol patches 0.2 mg q3d on the lower abdomen, started 2/12. TVUS EMS 6.1 mm.
Plan: recheck lining 2/24; PIO planned after. Embryo: single euploid day 6 blast (5AB).
BMI 29.9.
"""),
]}

B12 = {"patient_id": "B12", "age": 30, "sex": "F", "notes": [
("2022-10-04", "REI Ovulation Induction Visit", """
REI f/u - OI cycle 2
30F, PCOS, ESRD (lupus nephritis) on HD, prediabetic range A1c 6.0 (untreated), BMI 38.9.
Letrozole 5 mg CD3-7. TVUS CD12: 1 dominant follicle R ovary 19 mm, EMS 7.8. Timed intercourse,
no trigger shot (pt prefers no injections). Luteal support: vaginal progesterone 200 mg nightly.
Pt also shows a tender hard area beneath the pannus fold x 1 month; asked her
to show her HD doctor and referred to derm.
Preconception: folate, HCQ continued, BP control reviewed.
"""),
("2022-10-18", "Dermatology Consult", """
Dermatology consult
30F on HD, PCOS, lupus. Lower abdominal lesion for about 6 wks, slowly growing, now burning pain.
Denies injections, heating pads, tight waistbands, or any injury to the area. No SC meds at all.
Exam: infraumbilical pannus, just left of midline: indurated plaque 8x6cm, retiform purpura,
2 cm ulcer in the middle capped by eschar. Nothing similar elsewhere.
Procedure: punch bx x2 (6 mm) at the plaque margin, hemostasis w/ Monsel's, sutured.
Path: calcified subcutaneous arterioles and capillaries, thrombi, fat necrosis -> calciphylaxis.
Plan: nephro for STS, wound clinic.
"""),
("2022-11-15", "Wound Clinic Visit", """
Wound clinic
L infraumbilical pannus calciphylaxis wound, 8.5x6.2cm, eschar ~60%, slough the rest, moist,
no cellulitis. Biopsy sites healed.
Procedure: sharp selective debridement of nonviable tissue w/ curette, ~20 sq cm, minimal bleeding.
Dressing: collagenase (Santyl) to the wound bed, then alginate rope and an ABD, with paper tape;
change daily by HD-unit nurse/pt.
Thiosulfate w/ each dialysis since 10/24. Pain 5/10. Wt 104.8, BMI now 38.2.
RTC 1 wk. Pt asks about future IVF - defer until closed.
Luteal support stopped (neg pregnancy test), OI on hold.
"""),
]}

B13 = {"patient_id": "B13", "age": 41, "sex": "F", "notes": [
("2021-02-16", "Dermatology Consult", """
Dermatology - new consult
41F, T1DM on MDI, ESRD on PD since 2019. Painful sores of both calves since right after
Christmas, worse at night.
She denies any trauma: no falls, bumps, bites, scratching, heating pads, ice, tight socks or
injections in the legs. Her insulin is only ever injected in the abdomen.
Exam: bilateral posterior calves w/ 3 necrotic ulcers (R 3x2cm; L 4x3cm and 2x2cm),
black eschar, retiform purpura bordering each. Pulses palpable.
Bx R calf 2/16 sent. Wound care referral.
"""),
("2021-02-25", "Nephrology PD Clinic", """
PD clinic
Derm bx R calf: arteriolar calcification, thrombosed, fat necrosis, VK stain + => calciphylaxis.
Plan: STS IV 3x/wk; calcium carbonate replaced by sevelamer; cinacalcet; low-Ca PD dialysate.
Counselled pt: keep heating pads, ice and tight socks off the legs, and protect the calves
from knocks.
She asked whether IVF would be safe - would need REI input; if she does stimulation, injections
should avoid the lower legs and any wound.
A1c 7.9. BMI 24.1. Residual UO ~400 mL/day; PET high-average.
"""),
("2021-03-09", "REI New Patient Consult", """
NEW PATIENT - REI
41F G0, DOR (AMH 0.4, AFC 5), type 1 diabetic since childhood, basal-bolus (glargine/aspart); PD for ESRD.
Asking about IVF with own eggs vs donor eggs.
Counselled: own-egg IVF would mean ~10-12 days of SC gonadotropin injections, then IM PIO after
a transfer; live birth per retrieval at 41 w/ DOR roughly 5-8%.
Active calciphylaxis ulcers of both calves under derm/nephro care -> any cycle deferred until healed.
AFib: warfarin discussed by cardiology in 2020 but never started; on no anticoagulant.
BMI 24.1. Plan: donor egg info session, revisit in 3 months.
"""),
]}

B14 = {"patient_id": "B14", "age": 36, "sex": "F", "notes": [
("2023-07-11", "REI Nurse Note", """
RN note - FET pregnancy, 5w2d
36F, ESRD/HD, T2DM using Tresiba + Novolog, BMI 31.0.
PIO 1 mL IM nightly since 6/20/23 into both upper outer buttocks, alternating.
Pt calls about a red, warm, tender lump on the R buttock at one of the PIO spots for 3 days.
No fever. Had her text a picture via the portal: ~3 cm raised red area, no break in skin.
Advised warm compress 10 min before the shot (not on the lump), rotate to the L side
for now, and come in tomorrow if it's bigger.
Beta 7/7: 1,860 (appropriate rise).
"""),
("2023-07-25", "Dermatology Consult", """
DERM CONSULT
36F on HD, early IVF pregnancy. Shins both painful since early July.
Exam: bilat anterior lower legs - retiform purpura, two eschars (R 2x2cm, L 3x2.5cm).
R upper outer buttock: fluctuant tender nodule, 3 cm, w/ overlying erythema, the site of a PIO shot
-> sterile abscess / oil granuloma, not calciphylaxis. L buttock clean.
Antecubital bruises both arms from the monitoring blood draws.
Bx L shin 7/25 (punch): small-vessel calcification, thrombi, necrosis, von Kossa + -> calciphylaxis.
Plan: STS w/ HD, REI to drain the buttock collection, wound care to the shins.
"""),
("2023-08-01", "Nephrology HD Note", """
Nephro HD rounds
Calciphylaxis both lower legs, bx-proven 7/25. STS started 7/27 w/ HD, tolerating.
R buttock sterile abscess drained by REI 7/26 (I&D, 4 mL thick oily fluid, cx no growth); packing
out, healing. Pt switched to vaginal progesterone.
Labs: Ca(corr) 9.7, PTH 590, PO4 6.9. Stopped calcium acetate, started sevelamer. Dialysate Ca 2.0.
Insulin doses adjusted w/ endo; BG 140-190. Fetal heart motion seen on 7/31 US per REI.
Pre BP 134/82. BMI 31.0. Next rounds in 1 wk.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
