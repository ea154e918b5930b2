"""probe30 corpus notes, E01-E07 (endocrinology, diabetes clinic and home-health nursing; all invented)."""

E01 = {"patient_id": "E01", "age": 71, "sex": "F", "notes": [
("2023-02-16", "Home Health Skilled Nursing Visit", """
HOME HEALTH - SN VISIT #6   Agency: Bluestem Home Care
Homebound status: yes, SOB w/ >20 ft ambulation, walker.
Primary dx for episode: T2DM w/ hyperglycemia, new insulin start. ESRD, in-center HD Mon/Wed/Fri via L forearm AVF (thrill +).
Med rec done w/ pt + daughter at kitchen table: insulin glargine 14 units qHS, sevelamer w/ meals, calcitriol, amlodipine, ASA 81. No anticoagulants. Pt confirms nothing new since last visit.
Insulin admin: daughter Renee draws up and gives every dose. She has put every one into the posterior arms, sometimes L, mostly R, ever since the insulin was started at Thanksgiving. Reviewed pen technique - needle left in 10 sec, ok.
SKIN: pt c/o a "mean sore" behind her R upper arm that started 3 wks ago as a hard knot no bigger than a pea. Today: 3.5x2.5 cm, dusky purple, firm, center is dry and black; skin around it has a lacy net pattern. Pain 8/10, worse when she lies on that side. No drainage, no odor. L arm: two faint lipo bumps, no discoloration.
Glucometer log reviewed: fasting 140s-190s.
Called Dr Varga's office w/ findings; nurse Tamsin to get pt seen this week. Told daughter to give tonight's dose in the abdomen, NOT in the R arm.
"""),
("2023-02-21", "Endocrinology Follow-up", """
ENDOCRINOLOGY - return visit   Provider: I. Varga MD
CC: f/u T2DM on basal insulin; sore on right arm reported by HH.
HPI: 71F with type 2 diabetes x 20 yrs, ESKD on hemodialysis since 2019 (diabetic nephropathy). Basal glargine was begun on 11/24/2022, Thanksgiving Day, at discharge from a stay for HHS; her daughter has administered it since then, almost always into the posterior R upper arm because pt has a tender ventral hernia and won't let anyone near her belly. In late January she felt a tender knot in that area; it has since turned dark and hard. No fever. Never on warfarin. No falls, no burns, no tight sleeves.
Meds reconciled (see list). A1c 8.1 (was 10.6).
Exam: Wt 87 kg, BMI 33.8. Posterior R upper arm: 4 x 3 cm stellate violaceous plaque, firm, central black eschar 1 cm, retiform edge, exquisitely tender. Scattered soft lipohypertrophy L posterior arm, no color change. Abdomen: clean.
A/P:
1. Necrotic plaque exactly at her insulin injection site, in an HD pt: concerning for calciphylaxis. Ddx injection-site abscess (no fluctuance). Urgent derm for punch bx; renal team notified re: Ca/Phos (Phos 7.2, PTH 610).
2. DM: continue glargine 14 u, move injections to lateral abdomen clear of the hernia - rotate sides, reviewed chart with daughter.
3. Obesity: discussed.
"""),
("2023-03-07", "Endocrinology Telephone Encounter", """
Tel enc - spoke w/ pt's daughter (on HIPAA form).
Derm bx of the R posterior arm plaque (done 03/01/23) is back: medial calcium deposits within tiny subcut arterioles, thrombi and fat necrosis -> calciphylaxis confirmed. Derm agrees the lesion arose at the arm injection site. Dialysis unit starting sodium thiosulfate w/ HD; renal switching binder.
Daughter reports all insulin now going into the belly, rotating. BG fasting 130-160. Wt at HD yesterday 80.4 kg (BMI 31.2 per unit sheet).
Plan: no injections in either arm. Keep glargine 14 u. RTC 4 wk, sooner prn.
"""),
]}

E02 = {"patient_id": "E02", "age": 64, "sex": "M", "notes": [
("2020-09-03", "Diabetes Clinic Visit", """
DIABETES CENTER - Established patient
64 yo man, T2DM since 2008, on linagliptin 5 mg + glipizide 2.5 mg. A1c today 7.9. We again offered a basal insulin; he declined ("I'm stuck with enough needles at dialysis"). Will recheck in 3 mo.
PMH: ESRD on HD TTS, mechanical mitral valve (2014) warfarin-anticoagulated, INRs drawn weekly by the anticoag clinic, BPH. Open R inguinal hernia repair 06/09/2020 (Dr Lindqvist).
Interval: he mentions a "scab that won't heal" on the R groin. Says the scar healed fine over the summer, then in mid-August a painful hard bump came up in the scar line and went black.
Exam: BMI 28.4 (overweight). Feet: monofilament absent at 3/10 sites bilat, pulses faint DP. R groin: well-healed oblique incision; in its medial third there is a 2.5 x 2 cm indurated plaque, violaceous, with adherent black crust and a rim of purple mottling. Very tender. No hernia recurrence, no fluctuance.
A/P: DM - see above. Groin lesion in the hernia scar in a pt w/ ESRD + warfarin - calciphylaxis must be considered; wound infection less likely. Same-day page to derm; they will biopsy next week. Msg to nephrology.
"""),
("2020-09-15", "Endocrinology Nurse Telephone Note", """
RN phone note
Called pt with results as requested by Dr Osei. Derm punch bx of the R groin scar lesion (09/10/2020): vascular calcification in subcutaneous arterioles, intimal fibroplasia, thrombosis -> consistent w/ calciphylaxis. Derm note states the lesion arose within the incision from his June hernia surgery.
Pt aware. Renal plans STS 3x/wk on HD. Cardiology asked re: anticoagulation - mechanical valve, so stays on warfarin for now w/ close INR.
BG log: 110-180s. No lows. Glipizide unchanged.
Home health referral placed for wound care.
"""),
("2020-10-02", "Home Health Start of Care", """
START OF CARE - skilled nursing, wound care
Referral: calciphylaxis, R groin (biopsy-proven), in prior hernia repair scar. Homebound d/t pain w/ ambulation.
Med reconciliation: warfarin 5 mg daily except 7.5 mg Sat; linagliptin 5; glipizide 2.5; sevelamer 1600 TID w/ meals; cinacalcet 30; tamsulosin. Pt NOT on insulin (declines). Discrepancy: pt still had old metformin bottle - removed with his OK.
Wound: R groin, 3.0x2.2 cm, eschar covering entire base, dry, periwound violaceous, no drainage. Pain 7/10. Dressing: dry protective foam, change q3d + prn. Teach: loose boxer shorts, no belt across groin.
Vitals WNL. Wt 88 kg.
Next SN visit 10/5.
"""),
]}

E03 = {"patient_id": "E03", "age": 58, "sex": "F", "notes": [
("2019-01-08", "Endocrinology Consult - Secondary Hyperparathyroidism", """
Reason for referral: refractory secondary HPT (PTH 1240) in ESRD.
HPI: 58 yo woman w/ ADPKD, ESRD on home CCPD since 2016. Chronic R-sided flank ache from her enlarged cystic kidney; for this she has used a plug-in heating pad over the R flank at bedtime every night since October, set on "high". On 12/27/2018 her husband saw a purple patch exactly where the pad sits; it now hurts far more than the old flank ache.
No diabetes (A1c 5.3, never treated). On warfarin for paroxysmal AF. Binder: calcium carbonate 2 tabs w/ meals. Calcitriol 0.5mcg qd.
Exam: 112 kg, BMI 35.7 (class II obesity). R posterolateral flank, about 10 cm above the iliac crest: 6x4 cm retiform purpura, central 2 cm gray-black necrotic area, indurated, very tender. No erythema ab igne pattern elsewhere. Exit site of PD cath without crust.
Labs: PTH 1240 / alk phos 210 / Phos 6.8 / Ca 10.1.
Assessment: severe SHPT; necrotic retiform lesion on the heated R flank - high suspicion for calciphylaxis.
Plan: calcium carbonate & calcitriol discontinued; cinacalcet 30 mg begun. Derm for biopsy this week. Stop the heating pad. Surgical referral for parathyroidectomy eval. Discuss warfarin w/ cardiology.
"""),
("2019-01-15", "Home Health PD Nurse Visit", """
HH SN visit - PD / skin
CCPD cycler logs reviewed, UF averaging 900 mL/night, effluent clear. Exit site: no crust, no tenderness.
Skin: R flank wound now 6.5 x 4 cm, black eschar center w/ dusky violaceous border. Bx site from 1/11 sutured, intact. Pain 9/10 at night. Heating pad has been unplugged and given to her sister - pt says "I used that thing every night since the fall, I had no idea".
Dressing: non-adherent contact layer + bordered foam. Pt turns on her L side to sleep now.
Med rec: cinacalcet new, calcium carbonate stopped (verified bottle removed), warfarin unchanged, INR 2.6 on 1/12.
"""),
("2019-02-05", "Endocrinology Follow-up", """
SHPT / calciphylaxis f/u
Bx of R flank lesion 01/11/2019 (derm path): calcific uremic arteriolopathy w/ intravascular thrombi. Dx of calciphylaxis where the heating pad was applied nightly is confirmed.
Since last visit: STS added via PD team (IV 3x weekly at infusion center), warfarin changed to apixaban by cardiology 1/25. Cinacalcet up to 60 mg. PTH 880.
Wound slightly smaller per HH. Pain improved with hydromorphone low dose.
Wt 110 kg, BMI 35.1.
Plan: parathyroidectomy referral stands; recheck PTH/Ca/Phos 2 wks; no heat or cold packs to any skin.
"""),
]}

E04 = {"patient_id": "E04", "age": 39, "sex": "M", "notes": [
("2024-01-09", "Insulin Pump Clinic - CDCES Visit", """
PUMP CLINIC (CDCES visit)
T1D dx age 11. Tubed pump (hybrid closed loop) + CGM. ESRD from diabetic nephropathy, HD via R chest tunneled cath -> L upper arm fistula maturing.
Download (14 d): TIR 61%, TBR 2%, avg 171. TDD 31 u, basal 46%. Bolusing for most meals.
Infusion sets: abdomen only, rotates L/R upper and lower quadrants q3d. Palpated: small lipohypertrophy ring R lower quadrant, advised to skip that area for 4 wks. No redness.
Pump wear: clip broke over the holidays; he now carries the pump in a snug neoprene belt holster that sits over his L hip, new this month, wears it day and night incl sleep. Skin over hip normal today.
CGM on back of R arm, adhesive ok.
Plan: ICR 1:9 -> 1:8 at breakfast. Skip R lower quadrant. F/u 3 mo.
"""),
("2024-03-26", "Endocrinology Urgent Visit", """
Endocrine - urgent add-on
39M T1D on pump, ESRD on HD (MWF, now via L arm AVF).
HPI: Since 03/18/2024 he has had a burning, exquisitely painful spot on his L hip directly beneath the belt holster he has worn around the clock since early January. Started as a red-purple firm area, now dark centrally. Denies falls or injury. Sets never placed on the hip; all sets abdomen.
Meds: insulin aspart via pump; sevelamer; calcium acetate (!); calcitriol; no warfarin, no anticoagulants.
Exam: Wt 72 kg, BMI 24.1. L hip, lateral, overlying the trochanter, outline matching holster edge: 5x3 cm firm purple-violet plaque, net-like purpura at margins, central 1 x 1 cm black necrosis. Abdomen: set sites clean.
A: necrotic plaque under chronic device pressure in HD pt -> calciphylaxis favored, ddx pressure injury. Punch bx requested (derm 4/2). Told to stop holster, use pocket clip/waist pouch on the R. Renal aware, stopping calcium acetate.
"""),
("2024-04-09", "Home Health Skilled Nursing Visit", """
SN visit: wound L hip
Pt reports derm called 4/5: bx (4/2) = calciphylaxis. Started sodium thiosulfate w/ dialysis 4/8.
Wound L lateral hip: 5.5x3.2 cm, 70% eschar / 30% yellow slough, scant serous drainage, periwound dusky. Pain 6/10 w/ oxycodone. Cleansed NS, hydrogel to slough, bordered foam, secured w/ paper tape away from wound edge.
Pump now carried in shirt pocket; belt holster in the trash per pt.
Med rec: no changes except STS w/ HD, calcium acetate d/c'd by renal.
BG: CGM avg 160s.
"""),
("2024-05-14", "Insulin Pump Clinic - Follow-up", """
Pump f/u w/ CDCES + MD
Download 14 d: TIR 68%, TBR 1%. Sets abdomen, rotating properly; R lower quadrant lipo softer.
Calciphylaxis L hip (bx-proven, began in March under the holster): healing edges per wound team, eschar lifting.
Reinforced: nothing snug against either hip; no heating/ice to wound.
Basal 0.9 u/h overnight unchanged. Next visit Aug.
"""),
]}

E05 = {"patient_id": "E05", "age": 77, "sex": "F", "notes": [
("2021-01-19", "Home Health Skilled Nursing Visit", """
SN Visit - diabetic management / skin
Pt is 77 y/o, CKD stage 5 = ESRD, has chosen conservative kidney mgmt, no dialysis (documented w/ nephrology & family). T2DM on insulin degludec 18 u every AM (self-injects abdomen).
Reports that on New Year's Eve she went down on the ice by the mailbox and scraped her R knee - daughter cleaned it, "just a graze". Since Jan 12 the same spot has become a hard, dark, very painful patch.
Assessment R anterior knee: 3 x 3 cm irregular plaque, dusky purple w/ central black crust over the area of the old graze, livedo at edges. Pain 9/10 w/ walking. No warmth, no drainage. Other skin intact, heels intact.
Vitals: BP 158/82, HR 76. FSBG 212.
Wt 78 kg, ht 161 cm (BMI 30.0 per agency calculator).
Notified Dr Hallström (endo) & nephrology RN by phone. Non-adherent dsg applied.
"""),
("2021-01-26", "Endocrinology Video Visit", """
Telehealth (video) - Endocrinology
Consent obtained. Pt at home w/ daughter.
DM: degludec 18 u, 2 lows in 60s last wk per meter. A1c 7.0. Reduce degludec to 14 u given eGFR 8 and poor intake.
Skin: showed R knee on camera - dark eschar over the spot she grazed in the New Year's Eve fall, retiform purple edge. Pain severe. With ESRD (not dialyzing), on calcium-based binder, I am worried about calciphylaxis arising in the injured skin. Ddx: infected abrasion, warfarin skin necrosis (not on warfarin - n/a).
Plan: message sent to Dr Achterberg (renal/palliative); stop calcium carbonate; HH to continue wound care.
Obesity noted (BMI 30).
"""),
("2021-02-08", "Home Health Case Conference Note", """
Interdisciplinary case conference (SN, PT, MSW, Dr Achterberg by phone)
Dr Achterberg saw pt in clinic 2/4 and diagnosed calciphylaxis of the R knee clinically, at the site of the 12/31/2020 fall abrasion. Biopsy deliberately not done (goals of care, poor healing expected). Comfort-focused plan: STS not pursued; pain regimen adjusted; wound kept dry.
Pt remains on degludec 14 u; no lows since reduction.
ESRD - continues conservative management, no dialysis.
PT: walker only, no kneeling.
MSW: hospice info given to daughter.
"""),
]}

E06 = {"patient_id": "E06", "age": 62, "sex": "F", "notes": [
("2019-08-20", "Home Health Skilled Nursing Visit", """
SN visit - post-op L TKA (08/02/2019), DM, anticoag teaching
Pt d/c'd home 8/5. Enoxaparin 40 mg SC daily started at home on 08/05/2019; pt self-injects, alternating the fronts of her R and L thighs as taught by hospital RN ("my belly is for my insulin"). Warfarin started 8/16, INR 1.6 today via POC -> continue both until INR >2 x 24h per ortho.
Insulin glargine 40 u qHS + lispro per scale, abdomen, rotating.
Inj sites thighs: no bruising, no nodules. Abdomen: mild lipohypertrophy periumbilical.
L knee incision: staples out, well approximated, no drainage.
Kidney fxn: Cr 0.7 on d/c labs.
Wt 118 kg, BMI 41.3. Ambulating w/ walker.
Teach-back on enoxaparin technique: good.
"""),
("2019-09-10", "Endocrinology Visit", """
ENDO f/u (DM2, morbid obesity)
HPI: 62F, T2DM on basal-bolus, obesity, s/p L TKA 8/2. Two weeks ago she developed a painful bruise-colored patch on the front of her L thigh, mid-thigh, right where her enoxaparin shots went; it has enlarged, with a black centre now. Enoxaparin stopped 9/2 once INR therapeutic; remains on warfarin.
Normal renal function (Cr 0.7, eGFR 81). No hx dialysis. Ca 9.4, Phos 3.9, PTH 58.
Exam: L anterior mid-thigh 7x5 cm indurated plaque w/ retiform purpura, central necrosis 2 cm, tender ++. R thigh: tiny healed needle marks only. L knee incision healed, separate from lesion.
Imp: necrotic plaque at LMWH injection site in obese woman on warfarin - concern for non-uremic calciphylaxis; ddx warfarin necrosis, hematoma. Derm bx expedited.
DM plan: A1c 7.4, continue.
"""),
("2019-09-24", "Endocrinology Follow-up", """
ENDO f/u
Derm bx (9/13) L thigh: calcification of small subcutaneous vessels, thrombi, panniculitis -> non-uremic calciphylaxis. Warfarin skin necrosis not favored by path. Derm & hematology switched warfarin to apixaban 9/18.
Lesion started 8/27 per pt diary, at the enoxaparin sites.
Wt 117 kg, BMI 41.0 -> corrected on re-measure to 41.3 (scale error).
DM: glargine 40 u, lispro SS, no lows. No insulin into thighs going forward.
Plan: wound clinic, IL STS per derm, f/u 6 wk.
"""),
]}

E07 = {"patient_id": "E07", "age": 45, "sex": "M", "notes": [
("2022-04-12", "Diabetes Education - Site Rotation", """
DSMES visit (CDCES) - insulin pump site review
45M T1D on tubed pump x 9 yrs. ESRD on PD (nightly cycler) since 2020.
Concern: erratic post-meal BGs, unexplained highs 250-300s.
Site check: large rubbery lipohypertrophy both sides of the abdomen from years of sets in the same 2 spots. Pinch test positive, ~6 cm pads. Also PD catheter exit R abdomen limits site choice.
Teaching: explained lipo & absorption; rotation grid; 2.5 cm from prior site. Agreed abdomen rests for at least 3 mo. Pt chose the R upper outer buttock (can reach it, PD cath not in the way). First set placed there in clinic today, 6 mm steel-free cannula, pt did insertion w/ coaching.
BMI 26.3.
F/u phone 2 wk.
"""),
("2022-07-19", "Endocrinology Visit", """
Endocrinology return
Sets since April have all gone into the R buttock, upper-outer area, pt admits never moving to the L side ("I'm right handed"). He first noticed a hot, painful lump there on the Fourth of July, at a site he had just pulled a set from; within days it turned dark and ulcerated.
Meds: pump (lispro); Ca acetate; cinacalcet; calcitriol. Not on warfarin.
Exam: R buttock, upper-outer: 4x4 cm plaque, violaceous and indurated, 1.5 cm ulcer centrally, black base; 3 older set marks within plaque; livedoid border. L buttock clear. Abdominal lipo smaller.
Labs: Ca x P 68, PTH 720.
A/P: concern for calciphylaxis at repeated infusion-set site; ddx set-site abscess/cellulitis (afebrile, no pus). Derm bx. Move sets back to L abdomen upper quadrant away from lipo. Renal notified.
"""),
("2022-08-09", "Endocrinology Follow-up", """
f/u - bx result
Punch bx R buttock (7/22/22): calciphylaxis (von Kossa + vessel wall calcium, thrombosed arterioles, necrotic fat). Per derm the lesion sits on his pump infusion sites.
PD team added IP/IV STS plan and switched binder to lanthanum.
Pump: all sets L upper abdomen now. TIR 58%.
Wt stable, BMI 26.1.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
