"""probe124 corpus notes, H08-H14 (case management, utilization review and letters; all invented)."""

H08 = {"patient_id": "H08", "age": 60, "sex": "M", "notes": [
("2026-02-10", "Home Health Case Conference", """
HH case conf -- Tues team huddle
Pt: 60M, HD three days a wk (Mon, Wed, Fri), access is a fistula in the L forearm. Diet-controlled type 2 DM (no meds). OA both knees; wears a hinged brace on the R knee every day since November 2025 - ortho ordered, no surgery.
New issue: c/o a very sore spot on the R thigh x about 10 days ago, getting darker. RN Okafor-Lind saw it yesterday: 3 x 2 cm mottled purple patch, firm, central gray-black area, pain way out of proportion. Wife thinks he "pinched it somehow."
88 kg today; BMI 28.4.
Plan: photos to nephrologist Dr. Barrientos today; hold brace until seen.
"""),
("2026-02-19", "Letter to Orthopedics", """
Dear Dr. Cavanaugh,
I am writing about your patient Mr. Lucius Ferreira, whose knee brace you prescribed last November.
He has developed calciphylaxis, proven on a biopsy read on 02/17/2026, on the lower right thigh. The necrotic plaque sits exactly under the brace's top Velcro band, which he kept snug all day; the skin there has taken the strap's exact width. In a hemodialysis patient like him, we think that steady squeeze from the band set things off.
Could you suggest an alternative support for his knee that keeps clear of the thigh? Until then he will go without the brace.
Sincerely,
Marisol Barrientos, MD, Nephrology
"""),
("2026-03-05", "Utilization Review - Outpatient Infusion", """
Outpt UR -- STS infusion w/ HD
Member: 60M, calciphylaxis R distal thigh (bx 2/17/26). Requesting continued sodium thiosulfate 3x/wk x 12 wk.
Response so far: pain 8->5, no new lesions, wound edge stable 3.2 x 2.1 cm.
Other: DM diet-only, A1c 6.6. No warfarin - never. BMI 28.1.
Knee brace discontinued; ortho fitted a low-profile sleeve 2/27.
Determination: approved x 12 wk, re-review 5/28/26.
"""),
]}

H09 = {"patient_id": "H09", "age": 52, "sex": "F", "notes": [
("2023-02-14", "Utilization Review - Admission Review", """
UR admit review -- 02/14/2023
52F - ESRD, on HD Tues-Thurs-Sat; insulin-dependent T2DM, admitted from HD unit w/ necrotic plaque L medial thigh + severe pain.
H&P: lesion 6 x 4 cm, dusky center, livedoid edge, started ~1 wk ago. Suspect calciphylaxis; derm consult + bx ordered.
Insulin: pt reports she injects only in her right thigh - "always the right, the left is too tender with the sciatica."
Criteria: meets inpt for IV opioids + procedure. BMI 30.4.
"""),
("2023-02-17", "Discharge Planning Note", """
DCP -- 02/17/2023
Bx 2/15 resulted: positive for calciphylaxis - small vessel calcification + thrombi. Lesion is on the L inner thigh only. R thigh (her usual insulin spot) examined by derm: a few lipohypertrophy lumps, no necrosis, no livedo.
D/c plan: home w/ HH RN 3x/wk; STS with outpt HD - unit charge RN confirmed 2/18 start. Insulin teaching: diabetes educator showed pt how to rotate into abdomen from now on.
Pt lives w/ partner, 3 steps, independent w/ walker. No warfarin. Obese, BMI 30.4 (wt 83 kg).
"""),
("2023-03-20", "Insurance Appeal Letter", """
RE: Appeal of denial, wound care supplies (collagen-alginate, bordered foam), claim ref. on file

To the Appeals Coordinator,
I am appealing the 03/09/2023 denial for my patient, a 52-year-old hemodialysis patient whose left thigh ulcer was shown on biopsy to be calciphylaxis.
The reviewer suggested that her wound is an "injection site complication" and thus not covered under the wound benefit. That is not correct. She has never injected anything into the left thigh; all of her insulin went into the right thigh until February, and the right thigh is intact. The wound is a calciphylaxis ulcer and meets your policy's definition of a chronic full-thickness wound.
Please reverse the denial.
Sincerely,
Quentin Obuya, MD
"""),
]}

H10 = {"patient_id": "H10", "age": 77, "sex": "M", "notes": [
("2023-08-21", "Case Management Note", """
CM - dialysis social work/CM joint note
77M, HD M/W/F x 6 yrs. Came to chair today w/ a painful ulcer, L posterior calf; he first noticed it on 08/05/2023 as a "purple welt". Asked directly: no fall, no bump, no scratch, no heat or ice, no new shoes or socks before it showed up.
Anticoag: was on warfarin until spring 2022 for DVT, switched to apixaban.
No diabetes. BMI 24.6.
Referred to vascular + derm. Transport set for appts.
"""),
("2023-08-30", "Dermatology Letter to Nephrology", """
Dear Dr. Pennington,
Mr. Horace Vukovic's biopsy from the L posterior calf, taken on 24 August, shows calciphylaxis with extensive vascular calcification and thrombosis. ABI and arterial duplex are satisfactory, so a purely arterial ulcer is unlikely.
There was no preceding injury at that site. Prior warfarin exposure is relevant. I have started him on sodium thiosulfate with his runs.
Kind regards,
Dr. Elspeth Marangoni
"""),
("2023-09-14", "Utilization Review - Observation", """
UR obs review -- 09/14/2023
Fall at home 9/12 pm: tripped on rug, L calf struck the corner of a coffee table - skin tear 3 cm at the upper margin of his known calciphylaxis ulcer + hematoma. On apixaban. CT head neg.
Obs criteria met (fall on anticoag, wound hemorrhage). Plastics: steri-strips, no sutures.
PT eval: home w/ rollator + HH PT. Plan d/c 9/15.
"""),
("2023-10-10", "Discharge Planning Note", """
DCP - HH discharge summary to PCP
Visits 9/16-10/9. L calf calciphylaxis ulcer 4.0 x 2.8 -> 3.2 x 2.2 cm; the 9/12 skin tear healed by 10/1. No further falls. Home safety: rugs removed, grab bars placed.
HD continues MWF w/ STS. Wt stable, BMI 24.6.
Goals met; d/c from HH services.
"""),
]}

H11 = {"patient_id": "H11", "age": 61, "sex": "F", "notes": [
("2020-03-03", "Referral Letter", """
Dear Dr. Lindgren,
Re: Ms. Odalys Brennan-Kato, 61
This lady on continuous cycling PD has had a painful, hard, purple plaque on the right buttock for 2 weeks. No injections have ever gone into her buttocks (she gives her insulin in the abdomen) and recalls no fall or burn. She is diabetic on insulin glargine and aspart, not on warfarin, BMI 36.7.
Calciphylaxis seems likely to me; could you biopsy her soon?
Yours,
Dr. Gwendolyn Achieng, Nephrology
"""),
("2020-03-19", "Utilization Review", """
UR concurrent -- hospital day 4
61F PD pt w/ R buttock calciphylaxis - dx confirmed on 4 mm punch bx 3/10. Admitted 3/16 for OR debridement; 3/17 OR: eschar of R buttock excised/debrided, NPWT placed, drape tape irritating the skin around it - switched to silicone border.
Ongoing: IV pain regimen, STS w/ IPD in hospital, wound vac changes M/W/F.
Criteria met for continued stay. Est d/c 3/21 -> SNF vs home w/ HH pending vac supplier.
"""),
("2020-04-22", "Case Management Note", """
CM tele f/u
R buttock wound: vac stopped 4/15, now calcium alginate + foam daily by husband. Husband has also been laying warm damp washcloths over the wound "to soothe it" - asked him to stop, HH RN to reinforce.
PD at home resumed, cycler working. Pt reports BMI 36.1 by her bathroom scale.
Next CM call 5/6.
"""),
]}

H12 = {"patient_id": "H12", "age": 49, "sex": "M", "notes": [
("2024-06-04", "Utilization Review - Admission Review", """
UR admit review
49M, ESRD on in-center HD via L brachiocephalic fistula. Prediabetic, A1c 6.2, untreated. BMI 44.0.
Admitted for excruciating lower abdominal pain + skin changes on the pannus: indurated violaceous plaques w/ black centers across the lower belly, started 3 weeks ago.
Pertinent negatives per H&P: no insulin or heparin shots (heparin only through the HD circuit), never uses a heat pad or hot-water bottle; wears no belt - "I wear suspenders."
Working dx: calciphylaxis vs nec soft-tissue infxn; surgery consulted.
Meets inpt criteria.
"""),
("2024-06-11", "Discharge Planning Note", """
DCP
Path from pannus bx 6/6: calciphylaxis. Surgery: no debridement now.
Future plans discussed w/ pt + sister: may move to home PD later this year - catheter would go in through the lower abdomen, but surgeon wants the wounds healed first, so on hold. If sugars climb, endo might someday start basal insulin; if so, pt told the shots should go in the thighs, away from the belly wounds.
D/c to home w/ HH; STS with HD starts 6/12.
"""),
("2024-08-27", "Case Management Note", """
CM health-plan outreach
Pannus wounds smaller, one closed. Pain 3/10.
New: PCP dx type 2 diabetes 8/20, A1c 6.8 - started linagliptin, no insulin.
Never had warfarin. Wt 139 kg, BMI 43.2.
PD catheter still deferred. Next outreach 9/24.
"""),
]}

H13 = {"patient_id": "H13", "age": 80, "sex": "F", "notes": [
("2019-11-12", "SNF Admission Case Management Note", """
SNF admit CM -- Briarwood Manor
80F from St. Agnes after 6-day stay for calciphylaxis of both lateral thighs (bx-proven 11/4). ESRD; dialysis Tues/Thurs/Sat at Briarwood's partner unit. A-fib on warfarin. Not diabetic. BMI 22.1.
Other skin: healed partial-thickness burn w/ old blister marks on the L low back from a heating pad at home in Sept - hospital derm documented this is a thermal burn, not calciphylaxis. Pt confirms she never used the pad on her legs.
Goals: wound care, strengthen, return home w/ son.
"""),
("2019-11-26", "Wound Care Utilization Review", """
UR - wound care services, SNF
Bilat lateral thigh calciphylaxis ulcers: left 50x30 mm, right 40x40 mm, eschar, no infection. Daily dressings + STS on HD days.
Incidental: 2 cm skin tear R forearm 11/24 from the wheelchair armrest - steri-strips. Not related to the thigh disease.
Skilled need continues. Next review 12/10.
"""),
("2019-12-10", "Care Conference Note", """
Care conf w/ son Everett + IDT
Son asks whether the "burn from the heating pad" caused the leg sores. Explained: the back burn was a separate, ordinary burn, healed; the thigh sores are calciphylaxis and came up on their own, on skin that was never injured.
Warfarin: cardiology switching to apixaban this wk.
Target d/c home 12/20 w/ HH.
"""),
("2019-12-19", "Discharge Planning Note", """
DCP final
D/c home 12/20. HH Horizon Care RN 3x/wk for thigh wounds; outpt HD T/Th/S resumes at Crestline Dialysis, STS orders sent.
R forearm skin tear healed. Back skin intact.
Wt 56 kg, BMI 22.1. Apixaban started 12/13.
"""),
]}

H14 = {"patient_id": "H14", "age": 57, "sex": "F", "notes": [
("2021-02-08", "Referral Letter", """
Dear Dr. Yamamoto-Ellis,
Please see Mrs. Delphine Okoro, 57, (hemodialysis Mon/Wed/Fri), for a firm, violet, intensely painful zone of the left breast that began in mid-January. The skin over the lower-outer left breast now has a black center.
Her insulin goes in the abdomen, nowhere else. She has had no breast surgery, no biopsy, no injury, and no heat to the chest. Mammogram last year normal.
Type 2 diabetes on insulin; no warfarin; BMI 39.0.
Thank you,
Dr. Renata Kowalczyk
"""),
("2021-02-25", "Utilization Review", """
UR inpt -- day 2
57F HD pt, calciphylaxis of L breast confirmed on punch bx 2/22 (calcified subcutaneous vessels, thrombi). Admitted 2/24 for pain + wound infection; IV vancomycin w/ HD.
SC enoxaparin for DVT prophylaxis into the abdomen started on admission - nursing to rotate.
Criteria met; est d/c 2/28.
"""),
("2021-03-09", "Discharge Planning Note", """
DCP / pt education summary
Education given on how to reduce the chance of further calciphylaxis sores: heating pads and ice packs are off limits, keep insulin away from any sore skin, avoid tight or underwire bras, report new painful spots right away.
D/c 3/1 home w/ HH. Breast wound stable. Insulin abdomen, no lesions there.
BMI 38.6.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
