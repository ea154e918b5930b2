"""probe227 corpus notes, E15-E20 (laser, electrolysis and minor procedures clinic, and the
nephrology, dermatology and palliative notes around it; all people, places and wording invented)."""

E15 = {"patient_id": "E15", "age": 68, "sex": "F", "notes": [
("2019-03-12", "Cryotherapy Procedure Note", """
CRYO -- procedure note     3/12/19
Willowbank Laser & Minor Procedures
68F, itchy rough spots on the L upper back she can't reach to moisturize.
Exam: 6 seborrheic keratoses, 5-9 mm, L upper back over the scapula; 1 on the R temple
left alone per pt.
PMH: ESRD on CAPD since 2016; DM2 on glipizide (no insulin); obesity, BMI 32.3; gout.
No anticoagulants.
LN2 via cryo gun, bent spray tip, 1 freeze-thaw cycle ~8-10 s each, 1 mm halo, x6.
Tolerated w/o issues. Expect blistering, then crust, 2-3 wks to heal.
VS 142/80, HR 74, 36.5C.
"""),
("2019-04-23", "Dermatology Clinic Note", """
Derm clinic     23-Apr-2019
68F on PD, DM2, BMI 32.3.
HPI: cryo to SKs on the L upper back 3/12. Three of the treated spots never healed; since
early April they have become dusky, sore, and now have black bases. Pain 6/10, worse lying
on her back.
O: L upper back over the scapula: three 1-2 cm ulcers with dark necrotic bases and a
violaceous, slightly netlike halo, firm on palpation. Other 3 cryo sites: pink,
re-epithelialized.
Labs (PD unit 4/16): Ca9.6  Phos6.4  PTH460  Alb3.1.
A: delayed-healing cryo ulcers vs early calciphylaxis.
P: 4mm punch at the biggest one's border; Vaseline + gauze daily; f/u 3 wks.
"""),
("2019-05-14", "Dermatology Follow-up", """
Derm f/u    05/14/2019
Path (4/23 punch): dermal necrosis with fibrin, no vessel-wall calcium seen with VK;
the sample reached only the upper fat, so it neither confirms nor rules out calciphylaxis.
Ulcers on the L upper back unchanged, 1-2 cm, still tender with a dusky rim.
Recommended a deep incisional bx to settle it. Pt declines ("one more hole is enough") and
next week she relocates to Tucson (daughter's home); will set up PD there.
Impression remains: possible calciphylaxis vs slow-healing cryotherapy ulcers.
Records and photos sent with pt. BMI 32.3.
"""),
]}

E16 = {"patient_id": "E16", "age": 55, "sex": "M", "notes": [
("2023-02-14", "Tattoo Removal Session", """
Lumen & Leaf Laser Studio   --  Tattoo removal, session 4
Date 2/14/2023 (Valentine's rush, ran 20 min behind)
55M. Tattoo: L lateral ankle, small black star, 4 x 4 cm.
Picosecond 1064 nm, 3 mm spot, 2.2 J/cm2, 1 pass, cold-air chiller.
Pre-tx: session 3 sites flat, no scab.
Endpoint frosting, mild edema; sessions 1-3 healed uneventfully.
Health: dialysis M/W/F; T2DM, glargine; BMI 23.4; no warfarin.
Aftercare: ointment, nonstick pad 3 days, no tight sock cuff over it.
BP 138/82.
Plan: 1-2 more sessions.
"""),
("2023-03-07", "HD Rounding Note", """
HD ROUNDS  3/7/23   Lakeshore Dialysis, chair 11
Pt pulls up his sock to show a painful sore over the L lateral ankle, exactly where he had the tattoo
lasered -- appeared ~2 wks ago, now 2.5cm across, dark centre and a purple lacy rim.
Pain 7/10, limping.
Pre-HD: BP 156/90, HR 84, wt 68.2 kg. Access R AVF.
Labs 3/1: Ca9.8  P7.1  PTH980  Alb3.3.
A: ulcer at the laser site -- concern for calciphylaxis; also ddx laser-induced ulcer,
arterial disease.
P: derm referral (urgent), ABI, hold calcium binder, no more laser for now.
Insulin unchanged.
"""),
("2023-03-16", "Dermatology Consult", """
Derm consult   03/16/2023
55M; dialysis; DM2 on insulin; BMI 23.4.
L lateral ankle at the laser tattoo site: 3x2.5cm ulcer, necrotic base, retiform purple
border, very tender. ABI 0.95 on the L.
DDx: delayed laser wound, vasculitis, calciphylaxis -- cannot exclude the latter.
Punch bx advised -- he says no for now; next month he relocates to Ohio (living with his
sister) and transfers HD units.
Plan: wound care with hydrocolloid; letter with ddx and photos for his new team;
nephrology to consider empiric STS.
"""),
]}

E17 = {"patient_id": "E17", "age": 74, "sex": "F", "notes": [
("2024-10-01", "Minor Procedure Note - Skin Tag Removal", """
Minor Procedure Note    10/1/2024
Willowbank Minor Procedures
74F w/ skin tags in the fold under the L side of her pannus that rub and get sore.
Removed: 5 acrochordons, L pannus fold, snipped at the base w/ curved scissors after
topical lidocaine cream. Aluminum chloride for hemostasis. Benign, discarded.
PMH: CKD stg 4, GFR 19, not yet on dialysis -- vascular surgery mapping her for a
fistula; DM2 on linagliptin, DVT 2023 on
warfarin, obesity -- BMI 35.0, HFpEF.
INR today 2.4.
Aftercare: keep fold dry, gauze strip in the fold, zinc barrier.
BP 148/72, HR 66.
"""),
("2024-10-29", "Nephrology CKD Clinic", """
CKD clinic     29-Oct-2024
74F, CKD 4 (Cr 2.6, eGFR 18), DM2, DVT on warfarin, BMI 35.0.
Since mid-October: tender, firm purple nodules along the L pannus fold right where the skin
tags were snipped on 10/1, one with a small dark scab. No fever.
Exam: L lower abdominal fold: three firm violet nodules (1-2cm) ringed faintly by
livedo; no drainage.
Labs: Ca9.4  Phos5.4  PTH310  Alb3.2  INR2.7.
A: worried about early calciphylaxis (warfarin, obesity, CKD) vs intertrigo with panniculitis.
P: derm for deep bx; consider switching anticoagulant.
"""),
("2024-11-12", "Palliative Care Consult", """
Palliative care consult    11/12/24
74F with CKD 4, HFpEF, recurrent admissions. Goals: comfort, home with family.
Painful nodules in the L pannus fold, still unexplained: possible calciphylaxis was raised
by nephrology; pt declines biopsy and dialysis.
Hospice referral placed today.
Med changes: warfarin stopped (comfort focus); linagliptin stopped; oxycodone 2.5 mg prn.
Skin: zinc barrier, gauze in fold, no further procedures.
Met with the pt, her daughter Rosalind and son Curtis at the bedside; DNR/DNI confirmed. Appetite poor, down 3 kg this month.
BMI 34.8.
"""),
]}

E18 = {"patient_id": "E18", "age": 67, "sex": "M", "notes": [
("2018-05-15", "Laser Hair Removal Treatment Record", """
LHR -- treatment record   15-May-2018
Lumen & Leaf Laser Studio
67M, upper back + shoulders, session 2 of 6. Fitz III.
LP Nd:YAG 1064, 12mm, 40 J/cm2 at 30ms, chilled tip.
Response: perifollicular erythema; no blistering; no issues after session 1.
Health: ESRD -- HD Mon/Wed/Fri; nondiabetic; currently off all anticoagulants; BMI 29.0.
Pre-tx: shaved last night, no tan or sunburn; shoulder folliculitis from last time resolved.
Aftercare: no sun, cool shower, aloe.
BP 140/80, HR 70.
Next session 6 wks.
"""),
("2018-06-26", "HD Rounding Note", """
HD rounding   6/26/18    Ridgeway Kidney Ctr, chair 9
New LV thrombus on echo 6/10; warfarin started 6/12, no heparin overlap.
Since about a week ago: painful dark plaques on both thighs, anterior, 3-6 cm, with central
necrosis.
A: r/o calciphylaxis; warfarin skin necrosis the other main concern.
P: derm today; INR 4.1 -> hold warfarin tonight; check protein C/S.
Pre-HD BP 150/86. Labs: Ca9.0  Phos5.8  PTH310  Alb3.6.
Not diabetic. Access L AVF, pre-HD wt 90.4. Photos of both thighs in media tab.
"""),
("2018-07-03", "Dermatology Consult", """
DERMATOLOGY    07/03/2018
67M, HD, warfarin since 6/12. BMI 29.0.
Bilateral anterior thighs: necrotic plaques 3-7 cm with a hemorrhagic border.
Punch bx 6/26: venules of dermis and fat thrombosed, haemorrhagic necrosis; calcium absent
from vessels and tissue (VK neg). Prot C 38%.
Final dx = warfarin skin necrosis; calciphylaxis: excluded.
Plan: warfarin stopped for good; heparin infusion then apixaban per cardiology; wound care
to the thighs. Laser sessions on hold.
Calves, abdomen: no livedo. Back laser sites normal. BP 146/82.
"""),
]}

E19 = {"patient_id": "E19", "age": 39, "sex": "F", "notes": [
("2026-01-13", "Laser Hair Removal Consult", """
LASER CONSULT -- hair removal, underarms + lower legs    01/13/2026
Lumen & Leaf Laser Studio
39F. T1DM (dx at 11), lispro via pump, A1c 6.9. Kidneys normal per her
endocrinologist (eGFR 98, no protein). No blood thinners. BMI 24.0.
FHx: dad had kidney failure on dialysis; calciphylaxis killed him in 2019; she is afraid the laser
might set it off in her.
Counselled: that illness is tied to kidney failure; with her normal kidneys, no special
risk from laser. Skin exam: intact, no lesions.
Test spot L lower leg today, nothing at the 15-minute look.
BP 118/72.
"""),
("2026-02-10", "Laser Hair Removal Treatment Record", """
LHR session 1    10 Feb 2026
Lower legs bilat + underarms. Diode 810, 12 mm, 24 J/cm2.
Test spot from January healed, no change in colour.
Response: perifollicular erythema, expected.
Pt calmer after talking with her endo, who agreed her own calciphylaxis risk is no higher
than anyone's. Skin otherwise normal; pump infusion set on R lower abd, skin ok.
Tolerated well; cool gel afterwards; SPF reminder. Tech: D. Okafor.
Session 2 booked for late March.
BMI 24.0. BP 116/70.
Next session 6 wks.
"""),
]}

E20 = {"patient_id": "E20", "age": 50, "sex": "M", "notes": [
("2017-04-18", "Nephrology HD Clinic", """
Monthly HD clinic visit    4/18/2017
50M, ESRD (hypertensive), HD TTS via L AVF, 6 yrs. T2DM, no meds -- diet
(HbA1c 6.2). Obesity on problem list; BMI today 29.5.
He asks about laser removal of a forearm tattoo.
Discussed: calciphylaxis is a dialysis-associated disease, and injury to skin is a
described trigger; not a reason to forbid laser, but start small, report any painful dark spot.
Skin: intact throughout, no purpura or nodules.
Labs: Ca9.2  Phos5.9  PTH420  Alb3.9. Pre-HD BP 146/84.
"""),
("2017-05-02", "Laser Tattoo Removal Consult", """
LASER TATTOO REMOVAL CONSULT    May 2, 2017
Willowbank Laser & Minor Procedures
50M, black script tattoo R volar forearm, 10 x 4 cm. On HD; nephrology note reviewed,
ok to proceed with caution. Diet-only DM, obesity (BMI 29.5), no warfarin.
Counselling: risk of blistering, pigment change, scarring, and the small calciphylaxis
risk raised by his kidney doctor.
Test spot: Q-switched Nd:YAG 1064, 3 mm, 3.0 J/cm2, 1 cm2 on the R forearm. Frosting, no
blistering.
Skin elsewhere intact. BP 144/86.
Return in 6 wks if test spot heals well.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
